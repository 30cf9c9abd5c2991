package dev.stackbench.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file so that a crash or a failing disk at any step leaves either the old file or the new one,
 * never a mix. The new bytes go to a temporary file beside the target and are forced to disk; the previous
 * file is copied the same way to a temporary backup; then the temporary file is renamed over the target, and
 * only after that does the temporary backup become {@code FILE.bak}. So a failure before or at the rename
 * leaves both the file and its old backup byte-identical, and the folder is synced so the renames survive a
 * power cut.
 */
final class AtomicWrite {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWrite() {
    }

    static void replace(FileOps ops, Path file, byte[] bytes, Path backup) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        boolean keepBackup = backup != null && Files.isRegularFile(target);
        Path temp = null;
        Path backupTemp = null;
        try {
            temp = writeBeside(ops, target, bytes, ".tmp");
            copyPermissions(target, temp);
            if (keepBackup) {
                backupTemp = writeBeside(ops, target, Files.readAllBytes(target), ".bak.tmp");
            }
            ops.move(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            deleteQuietly(backupTemp);
            throw e;
        }
        if (keepBackup) {
            refreshBackup(ops, backupTemp, backup.toAbsolutePath(), target);
        }
        ops.forceFolder(folder);
    }

    private static void refreshBackup(FileOps ops, Path backupTemp, Path backup, Path target) throws IOException {
        try {
            ops.move(backupTemp, backup);
        } catch (IOException e) {
            deleteQuietly(backupTemp);
            throw new IOException(target + " was saved, but its backup " + backup + " could not be refreshed", e);
        }
    }

    /** Writes {@code bytes} to a new hidden file beside {@code target} and forces it to disk. */
    private static Path writeBeside(FileOps ops, Path target, byte[] bytes, String suffix) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong())
                + suffix);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ops.write(channel, ByteBuffer.wrap(bytes));
            ops.force(channel);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        return temp;
    }

    /** A replaced file keeps its owner's permission bits (best effort: only where POSIX attributes exist). */
    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || target == null || !Files.exists(from)) {
            return;
        }
        try {
            target.setPermissions(source.readAttributes().permissions());
        } catch (IOException e) {
            // the file still saves, with the default permissions of a new file
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stray hidden temporary file is harmless and the original error matters more
        }
    }
}
