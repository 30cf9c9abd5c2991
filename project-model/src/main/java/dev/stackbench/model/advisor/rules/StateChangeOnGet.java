package dev.stackbench.model.advisor.rules;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.HttpMethod;
import dev.stackbench.model.advisor.AdvisorContext;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.Severity;
import java.util.ArrayList;
import java.util.List;

/** API-6: GET must be safe: crawlers, prefetchers and caches call GET freely, so a GET that changes data will be triggered by accident. */
final class StateChangeOnGet extends BaseRule {
    StateChangeOnGet() {
        super("API-6", Severity.WARNING, "GET must be safe: crawlers, prefetchers and caches call GET freely, so a GET that changes data will be triggered by accident.");
    }

    @Override
    public List<Finding> check(AdvisorContext c) {
        List<Finding> out = new ArrayList<>();
        for (Endpoint ep : c.project().endpoints()) {
            boolean crudChange = ep.kind().changesState() && ep.method() == HttpMethod.GET;
            boolean verbPath = ep.kind() == dev.stackbench.model.EndpointKind.CUSTOM && ep.method() == HttpMethod.GET
                    && PathWords.hasChangingVerb(ep.path());
            if (crudChange || verbPath) {
                out.add(finding(AdvisorContext.at(ep), ep.method() + " " + ep.path()
                        + " changes state; use POST, PUT, PATCH or DELETE."));
            }
        }
        return out;
    }
}
