package dev.stackbench.model.io;

import dev.stackbench.model.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens and saves {@code *.stackbench.json} files. Loading never writes: a broken, foreign or newer file is
 * refused with a {@link ModelFileException} and left as it is. Saving is atomic and keeps the previous file as
 * {@code FILE.bak} (see {@link AtomicWrite}).
 */
public final class ModelFiles {
    private final FileOps ops;

    public ModelFiles() {
        this(FileOps.system());
    }

    /** A store whose file-system steps go through {@code ops} (tests inject failures there). */
    public ModelFiles(FileOps ops) {
        this.ops = ops;
    }

    /** Reads, migrates and binds the model in {@code file}. */
    public Project load(Path file) throws ModelFileException {
        return ModelReader.read(file, readBytes(file));
    }

    /** Writes {@code project} to {@code file} atomically, keeping the previous file as {@link #backupOf}. */
    public void save(Path file, Project project) throws IOException {
        AtomicWrite.replace(ops, file, ModelJson.write(project).getBytes(StandardCharsets.UTF_8), backupOf(file));
    }

    /** {@code FILE.bak} beside {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static byte[] readBytes(Path file) throws ModelFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, file + " does not exist");
        } catch (IOException e) {
            throw new ModelFileException(file, -1, -1, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
