package concur.runner;

import concur.catalog.DemoSpec;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a demo's {@code main} on real threads inside this JVM, as {@code java DemoClass} would, and hands every line
 * its threads print to one consumer, on the caller's thread: worker threads never touch the console.
 *
 * <p>Like the JVM, a run lasts until main and every non-daemon thread it started have ended. System.out and
 * System.err are swapped for the capture during the run, so only one demo runs at a time.
 */
public final class DemoRunner {
    private static final long POLL_MILLIS = 20;
    private static final Duration STOP_GRACE = Duration.ofSeconds(1);
    private static final Duration STATES_EVERY = Duration.ofMillis(200);
    private final ClassLoader classes;
    private final ChildJvmRun childJvm = new ChildJvmRun(new ChildProcesses());

    public DemoRunner(ClassLoader classes) {
        this.classes = classes;
    }

    /** Runs a lesson's demo where its lesson says: in this JVM, or in a child JVM of its own. */
    public DemoResult run(DemoSpec demo, Duration timeout, DemoListener renderer, Cancellation cancellation) {
        return run(demo, RunSettings.of(timeout), renderer, cancellation);
    }

    public DemoResult run(DemoSpec demo, RunSettings settings, DemoListener renderer, Cancellation cancellation) {
        if (demo.process() == DemoSpec.DemoProcess.CHILD_JVM) {
            return childJvm.run(demo, settings.pace().stretch(settings.timeout()), settings.pace(), renderer, cancellation);
        }
        return runHere(demo.className(), settings, renderer, cancellation);
    }

    /** Runs a demo class in this JVM. */
    public DemoResult run(String className, Duration timeout, DemoListener renderer, Cancellation cancellation) {
        return runHere(className, RunSettings.of(timeout), renderer, cancellation);
    }

    private synchronized DemoResult runHere(String className, RunSettings settings, DemoListener renderer,
            Cancellation cancellation) {
        Pace pace = settings.pace();
        Duration timeout = pace.stretch(settings.timeout());
        Method main;
        try {
            main = Class.forName(className, true, classes).getMethod("main", String[].class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return new DemoResult(DemoOutcome.FAILED, List.of(), Duration.ZERO,
                    List.of("cannot load demo class " + className + ": " + e));
        }
        BlockingQueue<ThreadLine> queue = new LinkedBlockingQueue<>();
        List<ThreadLine> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long start = System.nanoTime();
        LineCapture capture = new LineCapture(queue::add, start);
        DemoThreadGroup group = new DemoThreadGroup(className);
        java.util.Set<Long> childrenBefore = childPids();
        PrintStream out = System.out;
        PrintStream err = System.err;
        DemoOutcome outcome;
        System.setOut(PacedPrintStream.of(capture.stream(false), pace));
        System.setErr(PacedPrintStream.of(capture.stream(true), pace));
        ThreadSampler sampler = settings.sampleThreads() ? new ThreadSampler(group::liveThreads, start) : null;
        try {
            Thread mainThread = new Thread(group, () -> invokeMain(main), "main");
            mainThread.start();
            outcome = await(group, mainThread, start + timeout.toNanos(), queue, lines, renderer, cancellation, problems,
                    sampler);
            if (sampler != null) {
                sampler.close();
            }
            List<String> survivors = stop(group);
            for (String survivor : survivors) {
                problems.add("thread still running after the demo ended: " + survivor);
            }
            endLeakedProcesses(childrenBefore, problems);
        } finally {
            if (sampler != null) {
                sampler.close();
            }
            capture.flushPartialLines();
            System.setOut(out);
            System.setErr(err);
        }
        // Once the user has stopped a demo, what its threads print while they wind down is kept but not shown.
        drain(queue, lines, outcome == DemoOutcome.INTERRUPTED ? (DemoListener) line -> { } : renderer);
        problems.addAll(group.failures());
        if (outcome == DemoOutcome.COMPLETED && !group.failures().isEmpty()) {
            outcome = DemoOutcome.FAILED;
        }
        return new DemoResult(outcome, lines, Duration.ofNanos(System.nanoTime() - start), problems,
                sampler == null ? List.of() : sampler.samples());
    }

    private static void invokeMain(Method main) {
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            Thread.currentThread().getThreadGroup().uncaughtException(Thread.currentThread(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DemoOutcome await(DemoThreadGroup group, Thread mainThread, long deadline,
            BlockingQueue<ThreadLine> queue, List<ThreadLine> lines, DemoListener renderer,
            Cancellation cancellation, List<String> problems, ThreadSampler sampler) {
        long nextStates = System.nanoTime();
        while (true) {
            if (sampler != null && System.nanoTime() - nextStates >= 0) {
                renderer.states(sampler.latest());
                nextStates = System.nanoTime() + STATES_EVERY.toNanos();
            }
            ThreadLine line;
            try {
                line = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DemoOutcome.INTERRUPTED;
            }
            if (line != null) {
                lines.add(line);
                renderer.line(line);
                drain(queue, lines, renderer);
            }
            if (cancellation.isCancelled()) {
                return DemoOutcome.INTERRUPTED;
            }
            if (!mainThread.isAlive() && group.liveThreads().stream().allMatch(Thread::isDaemon)) {
                return DemoOutcome.COMPLETED;
            }
            if (System.nanoTime() - deadline > 0) {
                List<Thread> live = group.liveThreads();
                DeadlockReport.describe(live).ifPresent(problems::add);
                problems.add("the demo ran past its time budget and was stopped; its threads were at:");
                for (Thread t : live) {
                    problems.add(describe(t));
                }
                return DemoOutcome.TIMEOUT;
            }
        }
    }

    private static void drain(BlockingQueue<ThreadLine> queue, List<ThreadLine> lines, DemoListener renderer) {
        ThreadLine line;
        while ((line = queue.poll()) != null) {
            lines.add(line);
            renderer.line(line);
        }
    }

    /** Interrupts what is left of the demo's threads and waits a little; returns those that would not end. */
    private static List<String> stop(DemoThreadGroup group) {
        group.stopping();
        List<Thread> live = group.liveThreads();
        live.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Thread t : live) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    t.join(Duration.ofNanos(left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return group.liveThreads().stream().map(DemoRunner::describe).toList();
    }

    private static java.util.Set<Long> childPids() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
    }

    /** A process the demo started and left running is ended, and is a failure. */
    private static void endLeakedProcesses(java.util.Set<Long> before, List<String> problems) {
        ProcessHandle.current().children()
                .filter(p -> !before.contains(p.pid()) && p.isAlive())
                .forEach(p -> {
                    problems.add("process still running after the demo ended: pid " + p.pid() + " "
                            + p.info().commandLine().orElse("(command unknown)"));
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    try {
                        p.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        problems.add("process " + p.pid() + " would not end");
                    }
                });
    }

    static String describe(Thread t) {
        StringBuilder sb = new StringBuilder("\"").append(t.getName()).append("\" ").append(t.getState());
        Arrays.stream(t.getStackTrace()).limit(8).forEach(frame -> sb.append("\n    at ").append(frame));
        return sb.toString();
    }
}
