package concur.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns what demo threads print into whole {@link ThreadLine}s, one buffer per printing thread, so that two threads
 * printing at once never tear each other's lines. System.out and System.err share one instance.
 */
final class LineCapture {
    private final Consumer<ThreadLine> sink;
    private final long startNanos;
    private final Map<Thread, ByteArrayOutputStream> partial = new ConcurrentHashMap<>();
    private long seq;

    LineCapture(Consumer<ThreadLine> sink, long startNanos) {
        this.sink = sink;
        this.startNanos = startNanos;
    }

    /** A stream for System.out ({@code stderr} false) or System.err. */
    OutputStream stream(boolean stderr) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                accept(Thread.currentThread(), new byte[] {(byte) b}, 0, 1, stderr);
            }

            @Override
            public void write(byte[] bytes, int off, int len) {
                accept(Thread.currentThread(), bytes, off, len, stderr);
            }
        };
    }

    private void accept(Thread thread, byte[] bytes, int off, int len, boolean stderr) {
        int lineStart = off;
        for (int i = off; i < off + len; i++) {
            if (bytes[i] == '\n') {
                ByteArrayOutputStream buffer = partial.remove(thread);
                String text = decode(buffer, bytes, lineStart, i - lineStart);
                emit(nameOf(thread), text, stderr);
                lineStart = i + 1;
            }
        }
        if (lineStart < off + len) {
            partial.computeIfAbsent(thread, t -> new ByteArrayOutputStream()).write(bytes, lineStart, off + len - lineStart);
        }
    }

    /** Emits what threads printed without a final line break, as the JVM would show it at exit. */
    void flushPartialLines() {
        for (Map.Entry<Thread, ByteArrayOutputStream> entry : partial.entrySet()) {
            if (partial.remove(entry.getKey(), entry.getValue())) {
                emit(nameOf(entry.getKey()), decode(entry.getValue(), new byte[0], 0, 0), false);
            }
        }
    }

    /** Virtual threads have no name unless given one; a lane still needs one. */
    static String nameOf(Thread thread) {
        String name = thread.getName();
        if (!name.isEmpty()) {
            return name;
        }
        return (thread.isVirtual() ? "virtual#" : "thread#") + thread.threadId();
    }

    private static String decode(ByteArrayOutputStream buffer, byte[] bytes, int off, int len) {
        String text;
        if (buffer == null) {
            text = new String(bytes, off, len, StandardCharsets.UTF_8);
        } else {
            buffer.write(bytes, off, len);
            text = buffer.toString(StandardCharsets.UTF_8);
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private synchronized void emit(String thread, String text, boolean stderr) {
        // Numbering and handing over under one lock keeps the order of lines the order they were printed in.
        sink.accept(new ThreadLine(seq++, thread, System.nanoTime() - startNanos, text, stderr));
    }
}
