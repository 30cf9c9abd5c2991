package dev.stackbench.export;

import dev.stackbench.model.Project;
import dev.stackbench.model.StackChoices.DatabaseKind;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.advisor.ModelPath;
import dev.stackbench.model.advisor.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one export target can do with the model's choices. Each target declares its capabilities once;
 * {@code lint} shows a choice the target cannot do as an error and {@code export} refuses it, so a choice is
 * never silently ignored. The model names the database; a target that cannot run on it says so here.
 */
public record TargetCapabilities(String target, Set<DatabaseKind> databases) {
    public static final String RULE_ID = "target-capability";

    public TargetCapabilities {
        databases = Set.copyOf(databases);
    }

    /** The model's choices this target cannot honour, as error findings (empty when it can do them all). */
    public List<Finding> refusals(Project project) {
        List<Finding> out = new ArrayList<>();
        DatabaseKind database = project.stack().database();
        if (!databases.contains(database)) {
            out.add(new Finding(RULE_ID, Severity.ERROR, ModelPath.section("stack", "Stack › database"),
                    "The " + target + " target cannot export stack.database = " + database + "; it supports "
                            + databases.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                            + ". Choose one of those or another target.", null));
        }
        return out;
    }
}
