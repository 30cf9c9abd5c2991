package {{package}}.auth;

import {{package}}.web.ApiException;

import java.util.List;

/**
 * Who may call an endpoint, as the model says: open, any signed-in user, or signed-in users holding one of
 * {@code roles}; {@code ownerOnly} endpoints let a caller touch only their own rows unless they hold one of
 * {@code ownerExemptRoles}.
 */
public record Access(boolean authRequired, List<String> roles, boolean ownerOnly, List<String> ownerExemptRoles) {
    public static Access open() {
        return new Access(false, List.of(), false, List.of());
    }

    /** 401 without a caller, 403 for a role the endpoint does not allow. */
    public void check(Caller caller) {
        if (!authRequired) {
            return;
        }
        if (caller == null) {
            throw ApiException.authenticationRequired();
        }
        if (!roles.isEmpty() && !caller.hasAnyRole(roles)) {
            throw ApiException.forbidden();
        }
    }

    /** True when the rows this caller may touch are limited to their own. */
    public boolean ownRowsOnly(Caller caller) {
        return ownerOnly && caller != null && !caller.hasAnyRole(ownerExemptRoles);
    }
}
