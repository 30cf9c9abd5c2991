package dev.stackbench.model.advisor;

import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over a project. {@link #standard()} names them all. */
public final class Advisor {
    private final List<Rule> rules;

    public Advisor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Advisor standard() {
        return new Advisor(Rules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Findings sorted by severity, then path, then rule. */
    public List<Finding> run(Project project) {
        AdvisorContext context = new AdvisorContext(project);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(context));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.path().toString())
                .thenComparing(Finding::ruleId));
        return findings;
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
