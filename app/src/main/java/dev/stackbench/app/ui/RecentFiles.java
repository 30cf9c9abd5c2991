package dev.stackbench.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The model files opened or saved lately, newest first, kept as one path per line in a small file in the user's
 * Stackbench folder. Files that have gone since are skipped when listed; an unreadable list is an empty one
 * (it is a convenience, never a reason to stop the app).
 */
public final class RecentFiles {
    static final int KEPT = 10;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The recent files that still exist, newest first. */
    public List<Path> list() {
        return read().stream().filter(Files::isRegularFile).toList();
    }

    /** Puts {@code file} first; writes only when that changes the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> current = read();
        if (!current.isEmpty() && current.get(0).equals(absolute)) {
            return;
        }
        List<Path> next = new ArrayList<>();
        next.add(absolute);
        current.stream().filter(p -> !p.equals(absolute)).limit(KEPT - 1L).forEach(next::add);
        write(next);
    }

    private List<Path> read() {
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(Path::of).toList();
        } catch (IOException | java.nio.file.InvalidPathException unreadable) {
            return List.of();
        }
    }

    /** Through a temporary file and a rename, so a crash mid-write leaves the old list, not half a new one. */
    private void write(List<Path> files) {
        try {
            Files.createDirectories(store.getParent());
            Path temp = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(temp, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // the list is a convenience: failing to keep it must not fail an open or a save
        }
    }
}
