package dev.stackbench.app.cli;

import dev.stackbench.export.ExportEngine;
import dev.stackbench.export.ExportResult;
import dev.stackbench.export.Targets;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a standalone production project (sources, tests, migrations, OpenAPI, Postman, "
                + "deployment, monitoring, checklist).",
                "Re-exporting into an earlier export merges with your edits; conflicts are written beside the file "
                        + "as FILE.stackbench-new.",
                "Exit 0 done; 1 conflicts left or error-level advisor findings; 2 bad usage or an unreadable model."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
    private Path file;

    @Option(names = "--target", required = true, paramLabel = "TARGET", description = "Target stack: javalin.")
    private String target;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder.")
    private Path out;

    @Option(names = "--force", description = "Overwrite edited files with the new export instead of merging.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        if (!Targets.NAMES.contains(target)) {
            throw new CliError(2, "unknown target '" + target + "'; available: " + String.join(", ", Targets.NAMES));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliError(2, out + ": exists and is not a folder");
        }
        Project project = ModelArgument.load(file);
        PrintWriter err = spec.commandLine().getErr();
        List<Finding> refused = Targets.refusals(project, target);
        if (!refused.isEmpty()) {
            throw new CliError(1, refused.stream().map(f -> f.path().label() + ": " + f.message())
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
        List<Finding> errors = Advisor.standard().run(project).stream()
                .filter(f -> f.severity().name().equals("ERROR")).toList();
        errors.forEach(f -> err.println("error: " + f.path().label() + ": " + f.message()));
        ExportResult result = new ExportEngine(line -> {
            err.println(line);
            err.flush();
        }).export(project, target, out, force);
        PrintWriter o = spec.commandLine().getOut();
        o.println(out + ": " + result.summary());
        result.conflicts().forEach(c -> o.println("conflict: " + c + " (the new version is in " + c
                + ".stackbench-new)"));
        o.println("Next: cd " + out + " && mvn -B verify");
        o.flush();
        return result.hasConflicts() || !errors.isEmpty() ? 1 : 0;
    }
}
