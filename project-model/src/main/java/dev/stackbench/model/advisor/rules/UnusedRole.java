package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.List;

/** AUTH-12: A role no endpoint or channel mentions grants nothing; it confuses the people assigning it. */
final class UnusedRole extends BaseRule {
    UnusedRole() {
        super("AUTH-12", Severity.ADVICE, "A role no endpoint or channel mentions grants nothing; it confuses the people assigning it.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        java.util.Set<String> used = new java.util.HashSet<>();
        if (c.project().auth().defaultRole() != null) {
            used.add(c.project().auth().defaultRole());
        }
        c.project().endpoints().forEach(ep -> {
            used.addAll(ep.roles());
            used.addAll(ep.ownerExemptRoles());
        });
        c.project().channels().forEach(ch -> used.addAll(ch.publishRoles()));
        return c.project().auth().roles().stream().filter(r -> !used.contains(r.name()))
                .map(r -> finding(ModelPath.section("auth", "Role " + r.name()), "Role " + r.name()
                        + " is used by no endpoint or channel.")).toList();
    }
}
