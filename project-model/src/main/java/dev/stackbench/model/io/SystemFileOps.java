package dev.stackbench.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** {@link FileOps} on the real file system. */
final class SystemFileOps implements FileOps {
    static final SystemFileOps INSTANCE = new SystemFileOps();

    private SystemFileOps() {
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void forceFolder(Path folder) {
        // Linux and macOS make a rename durable only once the folder itself is synced. Windows cannot open a
        // folder as a channel and some file systems refuse to sync one; the file's bytes were forced already,
        // so there the sync is skipped rather than failing a save that has happened.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported here: see above
        }
    }
}
