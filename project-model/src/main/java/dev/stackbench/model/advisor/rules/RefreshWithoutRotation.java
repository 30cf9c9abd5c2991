package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-5: A stolen refresh token that is never rotated works for weeks; rotation with reuse detection turns a theft into a revoked session. */
final class RefreshWithoutRotation extends BaseRule {
    RefreshWithoutRotation() {
        super("AUTH-5", Severity.WARNING, "A stolen refresh token that is never rotated works for weeks; rotation with reuse detection turns a theft into a revoked session.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var jwt = c.project().auth().jwt();
        boolean usesJwt = c.project().auth().strategy() == AuthStrategy.JWT;
        if (usesJwt && jwt.refreshTokens() && (!jwt.rotateRefreshTokens() || !jwt.detectReuse())) {
            return List.of(finding(ModelPath.section("auth", "Auth: refresh tokens"),
                    "Refresh tokens should rotate on every use, and a reused one should revoke its family.",
                    new QuickFix("Rotate and detect reuse", p -> p.withAuth(p.auth().withJwt(
                            new dev.stackbench.model.JwtSettings(jwt.accessTokenMinutes(), jwt.refreshTokenDays(), true,
                                    true, true, jwt.issuer(), jwt.audience()))))));
        }
        return List.of();
    }
}
