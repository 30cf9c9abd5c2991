package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** PROD-2: Without HTTPS, tokens and cookies travel in clear text over every café Wi-Fi; production requires HTTPS with HSTS. */
final class HttpsNotRequired extends BaseRule {
    HttpsNotRequired() {
        super("PROD-2", Severity.WARNING, "Without HTTPS, tokens and cookies travel in clear text over every café Wi-Fi; production requires HTTPS with HSTS.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        if (!c.project().production().httpsOnly()) {
            return List.of(finding(ModelPath.section("production", "Production settings"), "HTTPS is not required in production.",
                    new QuickFix("Require HTTPS", p -> p.withProduction(p.production().withHttpsOnly(true)))));
        }
        return List.of();
    }
}
