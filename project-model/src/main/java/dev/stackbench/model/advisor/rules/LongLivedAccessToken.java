package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-4: A JWT cannot be revoked before it expires; keep access tokens short (15–30 minutes) and let refresh tokens carry the session. */
final class LongLivedAccessToken extends BaseRule {
    LongLivedAccessToken() {
        super("AUTH-4", Severity.WARNING, "A JWT cannot be revoked before it expires; keep access tokens short (15–30 minutes) and let refresh tokens carry the session.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        var auth = c.project().auth();
        boolean jwt = auth.strategy() == AuthStrategy.JWT
                || (auth.strategy() == AuthStrategy.OAUTH && auth.oauth().issueAs() == AuthStrategy.JWT);
        if (jwt && (!auth.jwt().refreshTokens() || auth.jwt().accessTokenMinutes() > 30)) {
            return List.of(finding(ModelPath.section("auth", "Auth: JWT"), "Access tokens live "
                    + auth.jwt().accessTokenMinutes() + " minutes" + (auth.jwt().refreshTokens() ? "" : " without refresh "
                    + "tokens") + "; use at most 30 minutes with refresh tokens.",
                    new QuickFix("15-minute tokens with refresh", p -> p.withAuth(p.auth().withJwt(
                            new dev.stackbench.model.JwtSettings(15, p.auth().jwt().refreshTokenDays(), true,
                                    p.auth().jwt().rotateRefreshTokens(), p.auth().jwt().detectReuse(),
                                    p.auth().jwt().issuer(), p.auth().jwt().audience()))))));
        }
        return List.of();
    }
}
