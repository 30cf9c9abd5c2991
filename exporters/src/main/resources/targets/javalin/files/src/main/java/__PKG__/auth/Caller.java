package {{package}}.auth;

import java.util.List;

/** Who is calling: the user's id (as text, whatever the id style), a display name and the role names. */
public record Caller(String id, String name, List<String> roles) {
    public Caller {
        roles = List.copyOf(roles);
    }

    public boolean hasAnyRole(List<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
