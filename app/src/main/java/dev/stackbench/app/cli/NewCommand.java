package dev.stackbench.app.cli;

import dev.stackbench.model.Project;
import dev.stackbench.model.ProjectMeta;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a starter model from a template (blog, chat, dashboard, saas or blank).")
final class NewCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--template", required = true, description = "blog | chat | dashboard | saas | blank")
    private String template;

    @Option(names = "--out", required = true, description = "The model file to write (*.stackbench.json).")
    private Path out;

    @Option(names = "--force", description = "Overwrite the file if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        if (!Templates.NAMES.contains(template)) {
            throw new CliError(2, "unknown template '" + template + "'; choose one of " + Templates.NAMES);
        }
        if (Files.exists(out) && !force) {
            throw new CliError(2, out + " exists; pass --force to overwrite it");
        }
        Project project = Templates.load(template);
        if (template.equals("blank")) {
            project = project.withMeta(ProjectMeta.named(nameFrom(out)));
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            new ModelFiles().save(out, project);
        } catch (IOException e) {
            throw new CliError(2, out + ": cannot be written (" + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("Wrote " + out + " from the " + template + " template ("
                + project.entities().size() + " entities, " + project.endpoints().size() + " endpoints).");
        return 0;
    }

    private static String nameFrom(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
