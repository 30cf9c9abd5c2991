package dev.stackbench.model.checklist;

import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {
    private final Project blog = Templates.load("blog");

    @Test
    void every_gate_has_items_and_the_seed_items_are_all_there() {
        assertThat(Checklist.items()).extracting(ChecklistItem::gate).containsAll(List.of(Gate.values()));
        assertThat(Checklist.items()).extracting(ChecklistItem::id).doesNotHaveDuplicates().containsAll(List.of(
                "SEC-ERRORS", "NF-LOGGING", "NF-SHUTDOWN", "SEC-VALIDATION", "SEC-SQLI", "NF-RATE-LIMIT",
                "SEC-CORS", "SEC-HTTPS", "NF-HEALTH", "NF-METRICS", "POST-LOGS", "NF-ALERTS"));
    }

    @Test
    void asvs_ids_follow_the_5_0_format() {
        assertThat(Checklist.items()).extracting(ChecklistItem::asvs).filteredOn(a -> a != null)
                .allMatch(a -> a.matches("v5\\.0\\.0-\\d+\\.\\d+\\.\\d+")).contains("v5.0.0-1.2.4", "v5.0.0-3.4.2");
    }

    @Test
    void the_blog_template_scores_twelve_of_twelve() {
        ChecklistReport report = Checklist.evaluate(blog);
        assertThat(report.items()).filteredOn(r -> !r.done()).isEmpty();
        assertThat(report.total()).isEqualTo(12);
        assertThat(report.securityGateOpen()).isFalse();
    }

    @Test
    void turning_https_off_opens_a_security_item_with_the_setting_that_closes_it() {
        ChecklistReport report = Checklist.evaluate(blog.withProduction(blog.production().withHttpsOnly(false)));
        ItemResult https = result(report, "SEC-HTTPS");
        assertThat(https.state()).isEqualTo(ItemState.OPEN);
        assertThat(https.reason()).contains("HTTPS");
        assertThat(https.setting().section()).isEqualTo("production");
        assertThat(report.securityGateOpen()).isTrue();
        assertThat(report.gateScores().get(Gate.SECURITY)).isZero();
        assertThat(report.total()).isEqualTo(10);
    }

    @Test
    void an_open_advice_item_lowers_its_gate_to_one() {
        Project noLogs = blog.withProduction(blog.production().withOperations("", "Alertmanager", "Grafana",
                "smoke", "rollback"));
        ChecklistReport report = Checklist.evaluate(noLogs);
        assertThat(result(report, "POST-LOGS").state()).isEqualTo(ItemState.OPEN);
        assertThat(report.gateScores().get(Gate.POST_RELEASE)).isEqualTo(1);
    }

    @Test
    void a_manual_confirmation_closes_an_item_that_cannot_be_derived_and_keeps_the_note() {
        Project noSmoke = blog.withProduction(blog.production().withOperations("Loki", "Alertmanager", "Grafana",
                "", "rollback"));
        assertThat(result(Checklist.evaluate(noSmoke), "REL-SMOKE").state()).isEqualTo(ItemState.OPEN);
        Project confirmed = noSmoke.withChecklist(noSmoke.checklist().confirm("REL-SMOKE", "Runbook page 3"));
        ItemResult smoke = result(Checklist.evaluate(confirmed), "REL-SMOKE");
        assertThat(smoke.state()).isEqualTo(ItemState.MANUAL_CONFIRMED);
        assertThat(smoke.note()).isEqualTo("Runbook page 3");
    }

    @Test
    void evidence_can_be_attached_by_an_exporter() {
        ItemResult sqli = result(Checklist.evaluate(blog), "SEC-SQLI").withEvidence("src/main/java/A.java", 42);
        assertThat(sqli.evidenceFile()).isEqualTo("src/main/java/A.java");
        assertThat(sqli.evidenceLine()).isEqualTo(42);
    }

    @Test
    void no_template_leaves_a_security_item_open() {
        for (String name : Set.of("blog", "chat", "dashboard", "saas")) {
            ChecklistReport report = Checklist.evaluate(Templates.load(name));
            assertThat(report.items()).as(name).filteredOn(r -> r.item().gate() == Gate.SECURITY && !r.done())
                    .isEmpty();
        }
    }

    private static ItemResult result(ChecklistReport report, String id) {
        return report.items().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow();
    }
}
