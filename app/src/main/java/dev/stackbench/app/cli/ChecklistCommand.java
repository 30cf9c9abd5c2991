package dev.stackbench.app.cli;

import dev.stackbench.export.checklist.ChecklistReports;
import dev.stackbench.model.checklist.Checklist;
import dev.stackbench.model.checklist.ChecklistReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = "The production checklist: six gates, scores out of 12. Exit 1 while a security item is open.")
final class ChecklistCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
    private Path file;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    @Option(names = "--out", description = "Write the report to this file instead of stdout.")
    private Path out;

    static final class Format {
        @Option(names = "--json", description = "JSON for CI pipelines.")
        boolean json;
        @Option(names = "--md", description = "Markdown.")
        boolean markdown;
        @Option(names = "--html", description = "A self-contained HTML page.")
        boolean html;
    }

    @Override
    public Integer call() {
        ChecklistReport report = Checklist.evaluate(ModelArgument.load(file));
        String text = format.json ? ChecklistReports.json(report) : format.markdown
                ? ChecklistReports.markdown(report) : format.html ? ChecklistReports.html(report)
                : ChecklistReports.text(report);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, text);
            } catch (IOException e) {
                throw new CliError(2, out + ": cannot be written (" + e.getMessage() + ")");
            }
            spec.commandLine().getErr().println("Wrote " + out + " (" + report.total() + "/12)");
        }
        return report.securityGateOpen() ? 1 : 0;
    }
}
