package dev.stackbench.model.archfixture;

/** Breaks "the model knows none of ours": a model class calling the CLI. */
public final class ModelUsingTheApp {
    boolean desktop() {
        return dev.stackbench.app.cli.Cli.wantsDesktop(new String[0]);
    }
}
