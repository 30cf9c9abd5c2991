package dev.stackbench.model.advisor;

import dev.stackbench.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** Why the rule's practice matters, for the problems panel beside its findings. */
    public Optional<String> why(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).map(Rule::why).findFirst();
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
