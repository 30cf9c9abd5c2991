package dev.stackbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stackbench.export.Targets;
import dev.stackbench.model.Project;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Run the advisor: exit 0 without error-level findings, 1 with, 2 for an unreadable file.")
final class LintCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
    private Path file;

    @Option(names = "--json", description = "Print the findings as a JSON array (for CI pipelines).")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Project project = ModelArgument.load(file);
        List<Finding> findings = new ArrayList<>(Advisor.standard().run(project));
        // What the model's own target cannot do is an error here too, so lint fails before export would.
        if (Targets.NAMES.contains(project.stack().target())) {
            findings.addAll(Targets.refusals(project, project.stack().target()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(asJson(findings));
        } else {
            findings.forEach(f -> out.printf("%-7s %-8s %-28s %s%n", f.severity(), f.ruleId(), f.path().label(),
                    f.message()));
            long errors = findings.stream().filter(f -> f.severity().name().equals("ERROR")).count();
            out.println(findings.isEmpty() ? file + ": no findings" : file + ": " + findings.size() + " findings, "
                    + errors + " error" + (errors == 1 ? "" : "s"));
        }
        out.flush();
        return Advisor.hasErrors(findings) ? 1 : 0;
    }

    private static String asJson(List<Finding> findings) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Finding f : findings) {
            array.addObject().put("ruleId", f.ruleId()).put("severity", f.severity().name().toLowerCase())
                    .put("path", f.path().toString()).put("location", f.path().label()).put("message", f.message())
                    .put("quickFix", f.quickFix().map(q -> q.label()).orElse(null));
        }
        return mapper.writeValueAsString(array);
    }
}
