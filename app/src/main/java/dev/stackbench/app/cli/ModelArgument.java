package dev.stackbench.app.cli;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFileException;
import dev.stackbench.model.io.ModelFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the model file a command names, turning every way it can fail into a message and exit code 2. */
final class ModelArgument {
    private ModelArgument() {
    }

    static Project load(Path file) {
        if (!Files.exists(file)) {
            throw new CliError(2, file + ": no such file");
        }
        try {
            return new ModelFiles().load(file);
        } catch (ModelFileException e) {
            throw new CliError(2, e.getMessage());
        } catch (java.io.IOException e) {
            throw new CliError(2, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
