package dev.stackbench.export.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.export.ExportFiles;
import dev.stackbench.export.ExportedApp;
import dev.stackbench.export.Tools;
import dev.stackbench.model.AlertRule;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.stackbench.export.ExportFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Alert rules, scrape config, dashboard and log-shipping notes of every template. */
class MonitoringWriterTest {
    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void alert_rules_cover_errors_latency_downtime_pool_and_rate_limit_storms(String template) throws Exception {
        JsonNode rules = yaml(files(Templates.load(template)).get("monitoring/alerts.yml")).at("/groups/0/rules");
        List<String> names = new ArrayList<>();
        rules.forEach(r -> names.add(r.get("alert").asText()));
        assertThat(names).containsExactly("HighErrorRate", "HighLatencyP95", "InstanceDown", "DatabasePoolSaturated",
                "RateLimitStorm");
        rules.forEach(r -> {
            assertThat(r.at("/labels/severity").asText()).isNotBlank();
            assertThat(r.at("/for").asText()).matches("\\d+m");
            for (String annotation : List.of("summary", "description", "runbook")) {
                assertThat(r.at("/annotations/" + annotation).asText()).as(annotation).isNotBlank();
            }
        });
        assertThat(rules.get(0).get("expr").asText()).contains(ExportedApp.HTTP_METRIC + "_count", "status=~\"5..\"");
        assertThat(rules.get(1).get("expr").asText()).contains("histogram_quantile(0.95",
                ExportedApp.HTTP_METRIC + "_bucket");
        assertThat(rules.get(2).get("expr").asText()).endsWith("== 0").startsWith("up{");
        assertThat(rules.get(3).get("expr").asText()).contains(ExportedApp.POOL_ACTIVE_METRIC,
                ExportedApp.POOL_MAX_METRIC);
        assertThat(rules.get(4).get("expr").asText()).contains(ExportedApp.RATE_LIMITED_METRIC);
    }

    @Test
    void thresholds_durations_and_severities_come_from_the_models_alert_rules() throws Exception {
        Project blank = Templates.load("blank");
        Project tuned = blank.withProduction(blank.production().withAlertRules(List.of(
                new AlertRule("lat", AlertRule.Kind.LATENCY_P95, 250, 3, "ticket"),
                new AlertRule("err", AlertRule.Kind.ERROR_RATE, 0.02, 7, "page"))));
        JsonNode rules = yaml(files(tuned).get("monitoring/alerts.yml")).at("/groups/0/rules");
        assertThat(rules.get(1).get("expr").asText()).endsWith("> 0.25");
        assertThat(rules.get(1).get("for").asText()).isEqualTo("3m");
        assertThat(rules.get(1).at("/labels/severity").asText()).isEqualTo("ticket");
        assertThat(rules.get(0).get("expr").asText()).endsWith("> 0.02");
        assertThat(rules.get(0).get("for").asText()).isEqualTo("7m");
        JsonNode defaults = yaml(files(blank).get("monitoring/alerts.yml")).at("/groups/0/rules");
        assertThat(defaults.get(1).get("expr").asText()).endsWith("> 0.5");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void promtool_accepts_the_alert_rules(String template, @TempDir Path dir) throws Exception {
        assumeTrue(Tools.onPath("promtool"), "promtool is not installed (apt-get install prometheus)");
        Path rules = dir.resolve("alerts.yml");
        Files.writeString(rules, files(Templates.load(template)).get("monitoring/alerts.yml"));
        assertThat(Tools.run(dir, Map.of(), "promtool", "check", "rules", rules.toString())).isEqualTo("ok");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void prometheus_scrapes_the_metrics_route_and_loads_the_rules(String template) throws Exception {
        JsonNode config = yaml(files(Templates.load(template)).get("monitoring/prometheus.yml"));
        assertThat(config.at("/rule_files/0").asText()).isEqualTo("alerts.yml");
        assertThat(config.at("/scrape_configs/0/metrics_path").asText()).isEqualTo(ExportedApp.METRICS_PATH);
        assertThat(config.at("/scrape_configs/0/static_configs/0/targets/0").asText()).endsWith(":" + ExportedApp.PORT);
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_dashboard_has_the_five_panels_on_a_datasource_variable(String template) throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(files(Templates.load(template))
                .get("monitoring/grafana-dashboard.json"));
        assertThat(dashboard.at("/templating/list/0/type").asText()).isEqualTo("datasource");
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(p -> {
            titles.add(p.get("title").asText());
            assertThat(p.at("/datasource/uid").asText()).isEqualTo("${datasource}");
        });
        assertThat(titles).containsExactly("Requests per second", "Error rate (5xx)", "p95 latency", "Database pool",
                "Rate-limited requests");
    }

    @ParameterizedTest
    @MethodSource(ExportFiles.TEMPLATES)
    void the_readme_shows_log_shipping_with_request_ids_and_no_secrets(String template) {
        String readme = files(Templates.load(template)).get("monitoring/README.md");
        assertThat(readme).contains("promtool check rules", "Dashboards → Import", "[OUTPUT]", "loki", "requestId",
                "never logged");
    }

    private static Map<String, String> files(Project project) {
        return ExportFiles.byPath(MonitoringWriter.write(project));
    }
}
