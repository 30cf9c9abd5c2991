package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** DM-9: A password hash, secret or token returned by an endpoint is a breach waiting to happen; sensitive fields are never returned. */
final class SecretNotSensitive extends BaseRule {
    SecretNotSensitive() {
        super("DM-9", Severity.WARNING, "A password hash, secret or token returned by an endpoint is a breach waiting to happen; sensitive fields are never returned.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                String n = f.name().toLowerCase(java.util.Locale.ROOT);
                if (!f.sensitive() && (n.contains("pass") || n.contains("secret") || n.contains("token"))) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name()
                            + " looks like a secret but is not marked sensitive, so endpoints would return it.",
                            new QuickFix("Mark " + f.name() + " sensitive", p -> p.withEntity(e.id(),
                                    x -> x.withField(f.id(), y -> y.withSensitive(true))))));
                }
            }
        }
        return out;
    }
}
