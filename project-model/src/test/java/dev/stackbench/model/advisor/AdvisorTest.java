package dev.stackbench.model.advisor;

import dev.stackbench.model.Project;
import dev.stackbench.model.sample.LargeModel;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AdvisorTest {
    private static final Advisor ADVISOR = Advisor.standard();
    private static final Map<String, Project> TRIGGERS = AdvisorFixtures.triggers();

    @Test
    void every_registered_rule_has_a_triggering_fixture_and_no_fixture_names_an_unknown_rule() {
        List<String> registered = ADVISOR.rules().stream().map(Rule::id).toList();
        assertThat(registered).doesNotHaveDuplicates();
        assertThat(TRIGGERS.keySet()).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void the_clean_fixture_triggers_no_rule_at_all() {
        assertThat(ADVISOR.run(AdvisorFixtures.CLEAN)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> each_rule_fires_on_its_fixture_and_stays_silent_on_the_clean_one() {
        return ADVISOR.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Project trigger = TRIGGERS.get(rule.id());
            assertThat(trigger).as("fixture for " + rule.id()).isNotNull();
            assertThat(rule.check(new AdvisorContext(trigger))).as(rule.id() + " on its fixture").isNotEmpty()
                    .allSatisfy(f -> {
                        assertThat(f.ruleId()).isEqualTo(rule.id());
                        assertThat(f.severity()).isEqualTo(rule.severity());
                        assertThat(f.message()).isNotBlank();
                        assertThat(f.path().label()).isNotBlank();
                    });
            assertThat(rule.check(new AdvisorContext(AdvisorFixtures.CLEAN))).as(rule.id() + " on the clean model")
                    .isEmpty();
            assertThat(rule.why()).hasSizeGreaterThan(40);
        }));
    }

    @TestFactory
    Stream<DynamicTest> every_quick_fix_removes_the_finding_it_was_offered_for() {
        return TRIGGERS.entrySet().stream().flatMap(entry -> ADVISOR.run(entry.getValue()).stream()
                .filter(f -> f.ruleId().equals(entry.getKey()) && f.quickFix().isPresent())
                .map(f -> DynamicTest.dynamicTest(entry.getKey() + ": " + f.quickFix().get().label(), () -> {
                    Project fixed = f.quickFix().get().apply().apply(entry.getValue());
                    assertThat(ADVISOR.run(fixed)).noneMatch(after -> after.ruleId().equals(f.ruleId())
                            && after.path().equals(f.path()));
                })));
    }

    @Test
    void quick_fixes_exist_for_the_mechanical_rules() {
        for (String id : List.of("DM-4", "DM-9", "DM-12", "DM-16", "API-1", "DM-8", "AUTH-9", "PROD-2")) {
            assertThat(ADVISOR.run(TRIGGERS.get(id))).as(id).anyMatch(f -> f.ruleId().equals(id)
                    && f.quickFix().isPresent());
        }
    }

    @Test
    void no_template_has_an_error_level_finding() {
        for (String name : Templates.NAMES) {
            assertThat(ADVISOR.run(Templates.load(name))).as(name).noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Test
    void findings_come_sorted_errors_first() {
        List<Finding> findings = ADVISOR.run(TRIGGERS.get("DM-2").withApiStyle(
                dev.stackbench.model.ApiStyle.defaults()));
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.ADVICE);
    }

    @Test
    void a_large_model_is_checked_without_errors_from_the_advisor_itself() {
        assertThat(ADVISOR.run(LargeModel.generate(300))).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
