package concur.runner;

import concur.catalog.DemoSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a demo in a JVM of its own, for lessons where the JVM exiting (or not) is the point. The child's lines
 * stream in like an in-process demo's; how the JVM ended is shown as a line from {@code (jvm)}. The child never
 * outlives the run: it is ended on Ctrl-C, on a timeout, and when concur itself exits.
 */
final class ChildJvmRun {
    /** The pseudo-thread that reports what the JVM itself did. */
    static final String JVM = "(jvm)";
    private static final long POLL_MILLIS = 20;
    /** When no line has come from the child yet (System.nanoTime() never gives it in practice). */
    private static final long NOT_YET = Long.MIN_VALUE;
    private static final Duration GRACE = Duration.ofSeconds(1);
    private final ChildProcesses children;

    ChildJvmRun(ChildProcesses children) {
        this.children = children;
    }

    DemoResult run(DemoSpec demo, Duration timeout, Pace pace, DemoListener renderer, Cancellation cancellation) {
        long start = System.nanoTime();
        List<ThreadLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BlockingQueue<ThreadLine> queue = new LinkedBlockingQueue<>();
        AtomicLong seq = new AtomicLong();
        AtomicLong lastChildNanos = new AtomicLong();
        AtomicLong lastReceived = new AtomicLong(start);
        // stop-after counts from the demo's first line, not from the JVM's start: a slow start on a busy machine
        // must not eat the time the demo was given to show what it shows
        AtomicLong firstReceived = new AtomicLong(NOT_YET);
        Process process;
        try {
            process = children.start(command(demo.className(), pace));
        } catch (IOException e) {
            return new DemoResult(DemoOutcome.FAILED, List.of(), Duration.ZERO, List.of("cannot start a JVM: " + e.getMessage()));
        }
        Thread out = pump(process.getInputStream(), text -> {
            ThreadLine line = ChildRecord.decode(text, seq.getAndIncrement());
            if (line == null) {
                line = new ThreadLine(seq.get() - 1, JVM, lastChildNanos.get(), text, false);
            }
            lastChildNanos.set(line.nanos());
            long now = System.nanoTime();
            lastReceived.set(now);
            firstReceived.compareAndSet(NOT_YET, now);
            queue.add(line);
        });
        Thread err = pump(process.getErrorStream(),
                text -> queue.add(new ThreadLine(seq.getAndIncrement(), JVM, lastChildNanos.get(), text, true)));
        long deadline = start + timeout.toNanos();
        DemoOutcome outcome = null;
        String ending = null;
        try {
            while (outcome == null) {
                drain(queue, lines, renderer, POLL_MILLIS);
                long now = System.nanoTime();
                if (cancellation.isCancelled()) {
                    outcome = DemoOutcome.INTERRUPTED;
                } else if (!process.isAlive()) {
                    joinQuietly(out);
                    joinQuietly(err);
                    drain(queue, lines, renderer, 0);
                    int code = process.exitValue();
                    ending = "the JVM exited, exit code " + code;
                    outcome = code == 0 ? DemoOutcome.COMPLETED : DemoOutcome.FAILED;
                    if (code != 0) {
                        problems.add("the demo's JVM exited with code " + code);
                    }
                } else if (demo.stopAfter().isPresent() && firstReceived.get() != NOT_YET
                        && now - firstReceived.get() - demo.stopAfter().get().toNanos() >= 0) {
                    ending = String.format("still running after %.1fs, so concur ended it", (now - start) / 1e9);
                    outcome = DemoOutcome.COMPLETED;
                } else if (now - deadline >= 0) {
                    problems.add("the demo's JVM ran past its time budget of " + timeout.toMillis() + " ms and was ended");
                    outcome = DemoOutcome.TIMEOUT;
                }
            }
        } finally {
            children.end(process, GRACE);
        }
        joinQuietly(out);
        joinQuietly(err);
        drain(queue, lines, renderer, 0);
        if (ending != null) {
            long childNow = lastChildNanos.get() + (System.nanoTime() - lastReceived.get());
            ThreadLine last = new ThreadLine(seq.getAndIncrement(), JVM, childNow, ending, false);
            lines.add(last);
            renderer.line(last);
        }
        return new DemoResult(outcome, lines, Duration.ofNanos(System.nanoTime() - start), problems);
    }

    private static List<String> command(String className, Pace pace) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Quick to start: the demo is small, and its JVM's start-up is not what the learner came to watch.
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Duser.language=" + Locale.getDefault().getLanguage(), "-Duser.country=" + Locale.getDefault().getCountry(),
                "-D" + ChildMain.PACE_PROPERTY + "=" + pace.pausePerLine().toNanos(),
                "-cp", System.getProperty("java.class.path"), ChildMain.class.getName(), className);
    }

    private static Thread pump(InputStream stream, Consumer<String> onLine) {
        return LinePump.start(stream, onLine, "concur-child-pump");
    }

    private static void drain(BlockingQueue<ThreadLine> queue, List<ThreadLine> lines, DemoListener renderer,
            long waitMillis) {
        try {
            ThreadLine line = waitMillis > 0 ? queue.poll(waitMillis, TimeUnit.MILLISECONDS) : queue.poll();
            while (line != null) {
                lines.add(line);
                renderer.line(line);
                line = queue.poll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
