package dev.stackbench.model.scenario;

import dev.stackbench.model.Project;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.RelationalPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario suite of a project, derived from the model alone: CRUD happy paths, validation failures, auth
 * failures, role and ownership rules, pagination, and routing (404/405). The live server's tests, the exported
 * projects' tests and the parity checks run the same list with {@link ScenarioRunner}.
 */
public final class ScenarioSuite {
    private ScenarioSuite() {
    }

    public static List<Scenario> derive(Project project) {
        RelationalPlan plan = PlanBuilder.build(project);
        List<EntityFacts> facts = EntityFacts.of(project, plan);
        List<Scenario> all = new ArrayList<>();
        for (EntityFacts entity : facts) {
            CrudScenarios.happyPath(entity, facts).ifPresent(all::add);
            all.addAll(ValidationScenarios.of(entity));
            all.addAll(ListScenarios.of(entity));
            all.addAll(AccessScenarios.of(entity, facts));
        }
        all.addAll(AccessScenarios.login(project));
        all.addAll(ListScenarios.routing(facts));
        return all;
    }
}
