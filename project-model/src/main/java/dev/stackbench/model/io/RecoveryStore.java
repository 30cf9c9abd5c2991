package dev.stackbench.model.io;

import dev.stackbench.model.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Autosave snapshots for crash recovery, kept in a folder of their own and never written over the user's file.
 * Each edited document has a key ({@link #keyFor} its file, or any name for an unsaved one); its snapshot is
 * {@code KEY.stackbench.json}, an ordinary model file, and {@code KEY.origin} holds the path it belongs to.
 * After a normal save or close the app discards the entry; whatever is left at start-up is offered for recovery.
 */
public final class RecoveryStore {
    private static final String SNAPSHOT = ".stackbench.json";
    private static final String ORIGIN = ".origin";

    private final Path folder;
    private final FileOps ops;

    public RecoveryStore(Path folder) {
        this(folder, FileOps.system());
    }

    public RecoveryStore(Path folder, FileOps ops) {
        this.folder = folder.toAbsolutePath();
        this.ops = ops;
    }

    /** One recoverable snapshot; {@code origin} is empty for a project that was never saved. */
    public record Entry(String key, Path snapshot, Optional<Path> origin, Instant savedAt) {
    }

    /** The key of the document saved as {@code file}: a digest of its absolute path. */
    public static String keyFor(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Writes (atomically) the snapshot of the document {@code key}, which belongs to {@code origin} or null. */
    public Entry autosave(String key, Path origin, Project project) throws IOException {
        requireSafeKey(key);
        Files.createDirectories(folder);
        String originText = origin == null ? "" : origin.toAbsolutePath().normalize().toString();
        AtomicWrite.replace(ops, folder.resolve(key + ORIGIN), originText.getBytes(StandardCharsets.UTF_8), null);
        Path snapshot = folder.resolve(key + SNAPSHOT);
        AtomicWrite.replace(ops, snapshot, ModelJson.write(project).getBytes(StandardCharsets.UTF_8), null);
        return entry(snapshot);
    }

    /** Every snapshot in the folder, newest first. */
    public List<Entry> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SNAPSHOT)).toList()) {
                entries.add(entry(file));
            }
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return entries;
    }

    /** The snapshot's project; the caller opens it as unsaved edits of {@link Entry#origin()}. */
    public Project restore(Entry entry) throws ModelFileException {
        return ModelReader.read(entry.snapshot(), ModelFiles.readBytes(entry.snapshot()));
    }

    /** Removes the snapshot of {@code key}, if any (after a save, a close, or when the user declines it). */
    public void discard(String key) throws IOException {
        requireSafeKey(key);
        Files.deleteIfExists(folder.resolve(key + SNAPSHOT));
        Files.deleteIfExists(folder.resolve(key + ORIGIN));
    }

    private Entry entry(Path snapshot) throws IOException {
        String name = snapshot.getFileName().toString();
        String key = name.substring(0, name.length() - SNAPSHOT.length());
        Path originFile = folder.resolve(key + ORIGIN);
        String origin = Files.exists(originFile) ? Files.readString(originFile).strip() : "";
        return new Entry(key, snapshot, origin.isEmpty() ? Optional.empty() : Optional.of(Path.of(origin)),
                Files.getLastModifiedTime(snapshot).toInstant());
    }

    /** Keys become file names, so a key can never climb out of the folder. */
    private static void requireSafeKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("A recovery key is 1-64 letters, digits, '-' or '_': " + key);
        }
    }
}
