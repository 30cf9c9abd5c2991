package dev.stackbench.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.stackbench.app.archfixture.SceneTouchingViewModel;
import dev.stackbench.model.archfixture.ModelUsingTheApp;
import dev.stackbench.model.archfixture.ModelUsingJavaFx;
import dev.stackbench.server.archfixture.ServerUsingExporters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each rule passes on the real code and fails on a small fixture that breaks it, so no rule passes vacuously
 * (for example because a package name moved and the rule now matches nothing).
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.stackbench");
    }

    @Test
    void the_production_code_has_every_module_it_guards() {
        for (String pkg : new String[] {"dev.stackbench.model", "dev.stackbench.server", "dev.stackbench.export",
                "dev.stackbench.importer", "dev.stackbench.app"}) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void libraries_do_not_use_javafx() {
        ArchitectureRules.LIBRARIES_DO_NOT_USE_JAVAFX.check(production);
        assertViolated(ArchitectureRules.LIBRARIES_DO_NOT_USE_JAVAFX, ModelUsingJavaFx.class);
    }

    @Test
    void server_and_exporters_do_not_know_each_other() {
        ArchitectureRules.SERVER_DOES_NOT_USE_EXPORTERS.check(production);
        ArchitectureRules.EXPORTERS_DO_NOT_USE_SERVER.check(production);
        assertViolated(ArchitectureRules.SERVER_DOES_NOT_USE_EXPORTERS, ServerUsingExporters.class);
        assertViolated(ArchitectureRules.EXPORTERS_DO_NOT_USE_SERVER,
                dev.stackbench.export.archfixture.ExporterUsingServer.class);
    }

    @Test
    void importers_know_only_the_model() {
        ArchitectureRules.IMPORTERS_KNOW_ONLY_THE_MODEL.check(production);
        assertViolated(ArchitectureRules.IMPORTERS_KNOW_ONLY_THE_MODEL,
                dev.stackbench.importer.archfixture.ImporterUsingExporters.class);
    }

    @Test
    void the_model_knows_none_of_our_other_modules() {
        ArchitectureRules.MODEL_KNOWS_NONE_OF_OURS.check(production);
        assertViolated(ArchitectureRules.MODEL_KNOWS_NONE_OF_OURS, ModelUsingTheApp.class);
    }

    @Test
    void view_models_do_not_touch_scene_graph_nodes() {
        ArchitectureRules.VIEW_MODELS_DO_NOT_TOUCH_SCENES.check(production);
        assertViolated(ArchitectureRules.VIEW_MODELS_DO_NOT_TOUCH_SCENES, SceneTouchingViewModel.class);
    }

    private static void assertViolated(ArchRule rule, Class<?> fixture) {
        JavaClasses broken = new ClassFileImporter().importClasses(fixture);
        assertThatThrownBy(() -> rule.check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixture.getSimpleName());
    }
}
