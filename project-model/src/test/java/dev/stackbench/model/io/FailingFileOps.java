package dev.stackbench.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** The real file system, except that one step fails (after doing part of its work, where it has any). */
final class FailingFileOps implements FileOps {
    enum Step { WRITE, FORCE, MOVE }

    private final Step failing;

    FailingFileOps(Step failing) {
        this.failing = failing;
    }

    @Override
    public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        if (failing == Step.WRITE) {
            // a disk that fills up half-way: some bytes land, then the write fails
            ByteBuffer half = bytes.duplicate();
            half.limit(bytes.position() + bytes.remaining() / 2);
            FileOps.system().write(channel, half);
            throw new IOException("No space left on device (injected)");
        }
        FileOps.system().write(channel, bytes);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
        if (failing == Step.FORCE) {
            throw new IOException("Input/output error during fsync (injected)");
        }
        FileOps.system().force(channel);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        if (failing == Step.MOVE) {
            throw new IOException("Rename refused (injected)");
        }
        FileOps.system().move(from, to);
    }

    @Override
    public void forceFolder(Path folder) throws IOException {
        FileOps.system().forceFolder(folder);
    }
}
