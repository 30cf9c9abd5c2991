package dev.stackbench.app.cli;

import dev.stackbench.model.Channel;
import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.SeedUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the model live on 127.0.0.1 (Javalin + H2) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
    private Path file;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (0 = any free port).")
    private int port;

    @Option(names = "--db", defaultValue = "mem", description = "mem (fresh each start) or file (beside the model).")
    private String db;

    @Override
    public Integer call() throws InterruptedException {
        if (!db.equals("mem") && !db.equals("file")) {
            throw new CliError(2, "--db must be mem or file, not '" + db + "'");
        }
        Project project = ModelArgument.load(file);
        LiveServer server = start(project);
        print(spec.commandLine().getOut(), project, server);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "stackbench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // An embedding caller (a test, the desktop app) stops us by interrupting: stop like Ctrl-C does.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.stop();
        }
        spec.commandLine().getErr().println("Stopped.");
        return 0;
    }

    private LiveServer start(Project project) {
        LiveServerOptions options = LiveServerOptions.defaults().withPort(port);
        if (db.equals("file")) {
            options = options.withDatabaseFile(databaseBeside(file));
        }
        try {
            return LiveServer.start(project, options);
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new CliError(2, "port " + port + " is in use on 127.0.0.1; choose another with --port");
            }
            throw new CliError(2, file + ": the live server could not start (" + e.getMessage() + ")");
        }
    }

    static Path databaseBeside(Path model) {
        String name = model.getFileName().toString().replaceFirst("\\.stackbench\\.json$", "").replaceFirst(
                "\\.json$", "");
        return model.toAbsolutePath().resolveSibling(name + ".live-db");
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Failed to bind")) {
                return true;
            }
        }
        return false;
    }

    private static void print(PrintWriter out, Project project, LiveServer server) {
        out.println("Stackbench live server for \"" + project.meta().name() + "\" at " + server.url());
        if (!server.seedUsers().isEmpty()) {
            out.println();
            out.println("Seed users (role, login, password):");
            for (SeedUser user : server.seedUsers()) {
                out.printf("  %-12s %-32s %s%n", user.role(), user.login(), user.password());
            }
        }
        out.println();
        out.println("Routes:");
        for (Endpoint e : project.endpoints()) {
            out.printf("  %-7s %-44s %s%n", e.method(), e.path(), e.authRequired()
                    ? "auth" + (e.roles().isEmpty() ? "" : " " + String.join("|", e.roles())) : "public");
        }
        if (project.auth().enabled()) {
            out.println("  POST    /api/auth/register | login | refresh | logout, GET /api/auth/me");
        }
        for (Channel c : project.channels()) {
            out.println("  " + (c.transport() == Transport.SSE ? "SSE     /api/streams/" : "WS      /ws/") + c.name());
        }
        out.println("  GET     /health  /ready  /metrics  /_stackbench/traffic");
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
