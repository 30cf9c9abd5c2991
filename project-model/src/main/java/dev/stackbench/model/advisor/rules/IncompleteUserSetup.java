package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-2: Logging in needs a user entity with a unique login field and (for password logins) a sensitive password hash field. */
final class IncompleteUserSetup extends BaseRule {
    IncompleteUserSetup() {
        super("AUTH-2", Severity.ERROR, "Logging in needs a user entity with a unique login field and (for password logins) a sensitive password hash field.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var auth = c.project().auth();
        if (!auth.enabled()) {
            return List.of();
        }
        ModelPath at = ModelPath.section("auth", "Auth: users");
        var user = c.entity(auth.userEntityId());
        if (user.isEmpty()) {
            return List.of(finding(at, "The " + auth.strategy() + " strategy needs a user entity; choose one."));
        }
        if (user.get().field(auth.loginFieldId()).isEmpty()) {
            return List.of(finding(at, "Choose the login field of " + user.get().name() + " (e.g. email)."));
        }
        boolean needsPassword = auth.strategy() == AuthStrategy.JWT || auth.strategy() == AuthStrategy.SESSION;
        boolean hasPassword = user.get().field(auth.passwordFieldId()).map(f -> f.sensitive()).orElse(false);
        if (needsPassword && !hasPassword) {
            return List.of(finding(at, "Password logins need a sensitive password-hash field on "
                    + user.get().name() + "."));
        }
        return List.of();
    }
}
