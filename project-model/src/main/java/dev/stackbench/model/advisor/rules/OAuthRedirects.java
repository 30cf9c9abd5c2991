package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-8: OAuth sends codes to redirect URIs; without exact, registered URIs (no wildcards) an attacker can have codes delivered to their own site. */
final class OAuthRedirects extends BaseRule {
    OAuthRedirects() {
        super("AUTH-8", Severity.ERROR, "OAuth sends codes to redirect URIs; without exact, registered URIs (no wildcards) an attacker can have codes delivered to their own site.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var auth = c.project().auth();
        if (auth.strategy() != AuthStrategy.OAUTH) {
            return List.of();
        }
        ModelPath at = ModelPath.section("auth", "Auth: OAuth redirect URIs");
        if (auth.oauth().redirectUris().isEmpty()) {
            return List.of(finding(at, "OAuth needs at least one exact redirect URI."));
        }
        return auth.oauth().redirectUris().stream().filter(u -> u.contains("*"))
                .map(u -> finding(at, "Redirect URI " + u + " contains a wildcard; list exact URIs.")).toList();
    }
}
