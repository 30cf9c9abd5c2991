package dev.stackbench.app.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of docs/architecture.md, as rules. */
final class ArchitectureRules {
    static final String MODEL = "dev.stackbench.model..";
    static final String SERVER = "dev.stackbench.server..";
    static final String EXPORT = "dev.stackbench.export..";
    static final String APP = "dev.stackbench.app..";
    static final String IMPORT = "dev.stackbench.importer..";

    static final ArchRule LIBRARIES_DO_NOT_USE_JAVAFX = noClasses().that().resideInAnyPackage(MODEL, SERVER, EXPORT, IMPORT)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..")
            .because("only app may know the UI toolkit");

    static final ArchRule SERVER_DOES_NOT_USE_EXPORTERS = noClasses().that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage(EXPORT)
            .because("embedded-server and exporters are siblings that only share the model");

    static final ArchRule EXPORTERS_DO_NOT_USE_SERVER = noClasses().that().resideInAPackage(EXPORT)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .because("embedded-server and exporters are siblings that only share the model");

    static final ArchRule IMPORTERS_KNOW_ONLY_THE_MODEL = noClasses().that().resideInAPackage(IMPORT)
            .should().dependOnClassesThat().resideInAnyPackage(SERVER, EXPORT, APP)
            .because("importers turn documents and databases into a model; they need nothing but the model");

    static final ArchRule MODEL_KNOWS_NONE_OF_OURS = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(SERVER, EXPORT, APP, IMPORT)
            .because("project-model is the bottom of the stack");

    static final ArchRule VIEW_MODELS_DO_NOT_TOUCH_SCENES = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and commands; views own nodes (MVVM)");

    private ArchitectureRules() {
    }
}
