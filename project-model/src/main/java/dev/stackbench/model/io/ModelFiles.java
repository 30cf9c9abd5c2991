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
    /** Far above any real model (300 entities take 1.6 MB), low enough that opening a wrong file is harmless. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

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

    /**
     * Writes {@code project} to {@code file} atomically, keeping the previous file as {@link #backupOf}. A
     * symbolic link stays a link: the file it points to is replaced, with its backup beside it.
     */
    public void save(Path file, Project project) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file;
        AtomicWrite.replace(ops, target, ModelJson.write(project).getBytes(StandardCharsets.UTF_8),
                backupOf(target));
    }

    /** {@code FILE.bak} beside {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static byte[] readBytes(Path file) throws ModelFileException {
        try {
            long size = Files.size(file);
            if (size <= MAX_FILE_BYTES) {
                return Files.readAllBytes(file);
            }
            throw new ModelFileException(file, file + " is " + size / (1024 * 1024) + " MB; a model file is at "
                    + "most " + MAX_FILE_BYTES / (1024 * 1024) + " MB, so this is not one");
        } catch (ModelFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, file + " does not exist");
        } catch (IOException e) {
            throw new ModelFileException(file, -1, -1, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
