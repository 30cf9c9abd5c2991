package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** AUTH-3: A role that is not defined can never be held; an endpoint limited to it is unreachable and a typo in a role name is an outage. */
final class UndefinedRole extends BaseRule {
    UndefinedRole() {
        super("AUTH-3", Severity.ERROR, "A role that is not defined can never be held; an endpoint limited to it is unreachable and a typo in a role name is an outage.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            java.util.List<String> roles = new ArrayList<>(ep.roles());
            roles.addAll(ep.ownerExemptRoles());
            roles.stream().filter(r -> !c.roleDefined(r)).distinct().forEach(r -> out.add(finding(
                    AdvisorContext.at(ep), ep.method() + " " + ep.path() + " uses role '" + r
                            + "', which is not defined. Define it or fix the name.")));
        }
        for (var ch : c.project().channels()) {
            ch.publishRoles().stream().filter(r -> !c.roleDefined(r)).forEach(r -> out.add(finding(
                    ModelPath.element("channels", ch.id(), ch.name()), "Channel " + ch.name() + " lets role '" + r
                            + "' publish, but it is not defined.")));
        }
        return out;
    }
}
