package dev.stackbench.model.checklist;

import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;

import java.util.List;
import java.util.Set;

/** The project and its advisor findings, computed once for all items. */
public record ChecklistContext(Project project, List<Finding> findings) {
    public static ChecklistContext of(Project project) {
        return new ChecklistContext(project, Advisor.standard().run(project));
    }

    public boolean anyFinding(Set<String> ruleIds) {
        return findings.stream().anyMatch(f -> ruleIds.contains(f.ruleId()));
    }
}
