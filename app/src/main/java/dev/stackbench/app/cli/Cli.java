package dev.stackbench.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The command line: one contract for {@code java -jar}, the {@code ./stackbench} script and the packaged
 * launcher. Exit codes: 0 done, 1 the work found a problem, 2 bad usage or an unreadable file.
 */
@Command(name = "stackbench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Model a backend, run it live, and export a production project.",
        subcommands = {NewCommand.class, LintCommand.class, ServeCommand.class, ExportCommand.class, OpenApiCommand.class, ChecklistCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    static final Set<String> COMMANDS = Set.of("new", "lint", "serve", "export", "openapi", "checklist", "import", "help");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** No arguments, or a single model file, opens the desktop app; anything else is a command. */
    public static boolean wantsDesktop(String[] args) {
        return args.length == 0 || (args.length == 1 && !args[0].startsWith("-") && !COMMANDS.contains(args[0]));
    }

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliError failure) {
                line.getErr().println("stackbench: " + failure.getMessage());
                return failure.exitCode();
            }
            line.getErr().println("stackbench: unexpected failure: " + e);
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The build's version, filtered into a resource by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("/dev/stackbench/app/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Stackbench " + properties.getProperty("version", "dev")};
        }
    }
}
