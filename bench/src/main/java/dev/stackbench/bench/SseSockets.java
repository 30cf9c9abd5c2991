package dev.stackbench.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Many SSE streams read by one selector thread over plain sockets: the load generator of the fan-out bench.
 * java.net.http hands every chunk of every stream to its executor, which for 1,000 streams on a 2-core machine
 * costs more CPU than the server's fan-out and so timed the client (as wrk replaces a Java client for HTTP
 * throughput). Each {@code data:} line carrying {@code "t":<nanos>} is reported to {@code onSent}.
 */
final class SseSockets implements AutoCloseable {
    private static final byte[] TIME_KEY = "\"t\":".getBytes(StandardCharsets.US_ASCII);
    private final Selector selector;
    private final List<SocketChannel> channels = new ArrayList<>();
    private final Thread reader;
    private final CountDownLatch opened;
    private final LongConsumer onSent;
    private volatile boolean running = true;

    SseSockets(int port, String path, int count, LongConsumer onSent) throws IOException, InterruptedException {
        this.selector = Selector.open();
        this.opened = new CountDownLatch(count);
        this.onSent = onSent;
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap(request));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, new Stream());
            channels.add(channel);
        }
        this.reader = new Thread(this::readLoop, "sse-sockets");
        reader.setDaemon(true);
        reader.start();
        if (!opened.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Only " + (count - opened.getCount()) + " SSE streams opened");
        }
    }

    /** Per-connection state: whether the response head was read, and the unfinished line. */
    private final class Stream {
        private boolean headRead;
        private final ByteBuffer line = ByteBuffer.allocate(4096);

        void consume(ByteBuffer bytes) {
            while (bytes.hasRemaining()) {
                byte b = bytes.get();
                if (b != '\n') {
                    if (line.hasRemaining()) {
                        line.put(b);
                    }
                    continue;
                }
                int length = line.position();
                if (!headRead) {
                    headRead = length <= 1;
                    if (headRead) {
                        opened.countDown();
                    }
                } else if (length > 5 && line.get(0) == 'd' && line.get(4) == ':') {
                    long sent = sentNanos(line, length);
                    if (sent > 0) {
                        onSent.accept(sent);
                    }
                }
                line.clear();
            }
        }
    }

    private static long sentNanos(ByteBuffer line, int length) {
        outer:
        for (int i = 0; i + TIME_KEY.length < length; i++) {
            for (int k = 0; k < TIME_KEY.length; k++) {
                if (line.get(i + k) != TIME_KEY[k]) {
                    continue outer;
                }
            }
            long value = 0;
            for (int j = i + TIME_KEY.length; j < length && Character.isDigit(line.get(j)); j++) {
                value = value * 10 + (line.get(j) - '0');
            }
            return value;
        }
        return -1;
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        try {
            while (running) {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    int read = ((SocketChannel) key.channel()).read(buffer);
                    if (read < 0) {
                        key.cancel();
                        continue;
                    }
                    buffer.flip();
                    ((Stream) key.attachment()).consume(buffer);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (running) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        reader.join(2000);
        for (SocketChannel channel : channels) {
            channel.close();
        }
        selector.close();
    }
}
