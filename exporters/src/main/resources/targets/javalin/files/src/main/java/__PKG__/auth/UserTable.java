package {{package}}.auth;

/**
 * Where users live: the user table, its login property and column (unique, e.g. email), the password-hash column
 * (null when users only come through OAuth), the role property and column (null: everyone has the default role)
 * and the column shown as a display name.
 */
public record UserTable(String table, String loginProperty, String loginColumn, String passwordColumn,
                        String roleProperty, String roleColumn, String defaultRole, String nameColumn) {
}
