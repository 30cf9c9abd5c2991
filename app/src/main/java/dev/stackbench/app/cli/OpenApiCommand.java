package dev.stackbench.app.cli;

import dev.stackbench.export.openapi.OpenApiWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = "Print the model's OpenAPI 3.1 document (YAML), or write it to --out. Exit 2 for an unreadable model.")
final class OpenApiCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the document here instead of stdout.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        String yaml = OpenApiWriter.yaml(ModelArgument.load(file));
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("Wrote " + out);
        }
        return 0;
    }
}
