package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.Lists;
import dev.stackbench.model.Naming;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.QuickFix;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-8: id, createdAt, updatedAt, the owner and roles belong to the server; declaring them as ordinary fields invites mass assignment (a client setting its own role or someone else's ownership). */
final class ServerControlledField extends BaseRule {
    ServerControlledField() {
        super("API-8", Severity.WARNING, "id, createdAt, updatedAt, the owner and roles belong to the server; declaring them as ordinary fields invites mass assignment (a client setting its own role or someone else's ownership).");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> reserved = java.util.Set.of("id", "createdAt", "updatedAt");
        for (Entity e : c.project().entities()) {
            for (Field f : e.fields()) {
                if (reserved.contains(Naming.property(f))) {
                    out.add(finding(AdvisorContext.at(e, f), e.name() + "." + f.name()
                            + " is server-controlled; remove the field (the server manages it).",
                            new QuickFix("Remove " + f.name(), p -> p.withEntity(e.id(), x -> x.withFields(
                                    Lists.minus(x.fields(), y -> y.id().equals(f.id())))))));
                }
            }
        }
        return out;
    }
}
