package dev.stackbench.app.cli;

import dev.stackbench.importer.ImportException;
import dev.stackbench.importer.ImportNote;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.importer.db.DatabaseImporter;
import dev.stackbench.importer.openapi.OpenApiImporter;
import dev.stackbench.model.io.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code import openapi FILE_OR_URL} and {@code import db --url JDBC}: a model from an OpenAPI document or a live
 * database. The model file is written only when the import succeeded; the notes on what did not map go to stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Create a model from an OpenAPI 3.0/3.1 document or a live PostgreSQL/MariaDB database.",
        subcommands = {ImportCommand.OpenApi.class, ImportCommand.Database.class})
final class ImportCommand implements Runnable {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing what to import: openapi or db");
    }

    /** The options both imports share: where the model goes. */
    abstract static class Target implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
        Path out;

        @Option(names = "--force", description = "Overwrite the file if it exists.")
        boolean force;

        abstract ImportResult load() throws ImportException;

        @Override
        public Integer call() {
            if (Files.exists(out) && !force) {
                throw new CliError(2, out + " exists; pass --force to overwrite it");
            }
            ImportResult result;
            try {
                result = load();
            } catch (ImportException e) {
                throw new CliError(2, e.getMessage());
            }
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                new ModelFiles().save(out, result.project());
            } catch (IOException e) {
                throw new CliError(2, out + ": cannot be written (" + e.getMessage() + ")");
            }
            for (ImportNote note : result.notes()) {
                spec.commandLine().getErr().println("note: " + note);
            }
            spec.commandLine().getOut().println("Wrote " + out + " (" + result.project().entities().size()
                    + " entities, " + result.project().endpoints().size() + " endpoints, " + result.notes().size()
                    + " notes on what did not map).");
            return 0;
        }
    }

    @Command(name = "openapi", mixinStandardHelpOptions = true,
            description = "Import an OpenAPI 3.0/3.1 document (YAML or JSON, a file or an http(s) URL).")
    static final class OpenApi extends Target {
        @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "The OpenAPI document.")
        String location;

        @Override
        ImportResult load() throws ImportException {
            return OpenApiImporter.read(location);
        }
    }

    @Command(name = "db", mixinStandardHelpOptions = true,
            description = "Import the schema of a live PostgreSQL or MariaDB/MySQL database (read-only).")
    static final class Database extends Target {
        @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
                description = "jdbc:postgresql://host:5432/db or jdbc:mariadb://host:3306/db")
        String url;

        @Option(names = "--user", description = "Database user.")
        String user;

        @Option(names = "--password", description = "Database password.")
        String password;

        @Override
        ImportResult load() throws ImportException {
            return DatabaseImporter.read(url, user, password);
        }
    }
}
