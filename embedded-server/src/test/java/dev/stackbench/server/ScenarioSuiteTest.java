package dev.stackbench.server;

import dev.stackbench.model.Project;
import dev.stackbench.model.scenario.Scenario;
import dev.stackbench.model.scenario.ScenarioRunner;
import dev.stackbench.model.scenario.ScenarioSuite;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.auth.LoginHeader;
import dev.stackbench.server.auth.SeedUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The model-derived scenario suite, run over real HTTP against the live server of every starter template. */
class ScenarioSuiteTest {
    static List<String> templates() {
        return Templates.NAMES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void every_scenario_of_the_template_passes_against_the_live_server(String name) {
        Project project = load(name);
        List<Scenario> scenarios = ScenarioSuite.derive(project);
        try (LiveServer server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true))) {
            List<ScenarioRunner.Outcome> outcomes = runner(project, server).run(scenarios);
            assertThat(outcomes.stream().filter(o -> !o.passed()).map(Object::toString).toList()).isEmpty();
            if (!project.entities().isEmpty()) {
                assertThat(outcomes).hasSizeGreaterThan(10);
            }
        }
    }

    /** Password models log in over HTTP; OAuth-only models use the server's one-click login as a seed user. */
    private static ScenarioRunner runner(Project project, LiveServer server) {
        if (project.auth().passwordFieldId() != null) {
            Map<String, ScenarioRunner.Account> accounts = server.seedUsers().stream().collect(Collectors.toMap(
                    SeedUser::role, u -> new ScenarioRunner.Account(u.login(), u.password())));
            return new ScenarioRunner(project, server.url(), accounts);
        }
        return new ScenarioRunner(project, server.url(), role -> {
            SeedUser user = server.seedUsers().stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
            LoginHeader header = server.loginAs(user);
            return new String[] {header.name(), header.value()};
        });
    }

    /** Templates that have not landed on this branch yet are skipped, not failed. */
    private static Project load(String name) {
        try {
            return Templates.load(name);
        } catch (IllegalStateException missing) {
            Assumptions.abort("template " + name + " is not on this branch yet");
            throw missing;
        }
    }
}
