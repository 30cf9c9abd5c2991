package dev.stackbench.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The file-system steps of an atomic save, behind a seam so tests can make any one of them fail and check that
 * nothing the user owns was harmed. {@link #system()} is the real file system.
 */
public interface FileOps {
    /** Writes every remaining byte of {@code bytes} to {@code channel}. */
    void write(FileChannel channel, ByteBuffer bytes) throws IOException;

    /** Forces the channel's content and metadata to the storage device (fsync). */
    void force(FileChannel channel) throws IOException;

    /** Renames {@code from} over {@code to} atomically (readers see the old file or the new, never a mix). */
    void move(Path from, Path to) throws IOException;

    /** Forces a folder's entries (the renames) to storage; a no-op where the platform cannot (Windows). */
    void forceFolder(Path folder) throws IOException;

    static FileOps system() {
        return SystemFileOps.INSTANCE;
    }
}
