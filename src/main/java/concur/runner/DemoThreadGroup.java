package concur.runner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The thread group a demo's main thread starts in; threads it creates join it too, so the runner can see which
 * threads belong to the demo and what they threw.
 */
final class DemoThreadGroup extends ThreadGroup {
    private final List<String> failures = new ArrayList<>();
    private volatile boolean stopping;

    DemoThreadGroup(String name) {
        super("demo " + name);
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (stopping) {
            return; // the runner interrupted it: whatever it throws now is the runner's doing, not the demo's
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String trimmed = trimmed(trace.toString());
        synchronized (failures) {
            failures.add("thread \"" + t.getName() + "\" threw " + trimmed);
        }
        // As the JVM does, tell the learner on the demo's own System.err.
        System.err.println("Exception in thread \"" + t.getName() + "\" " + trimmed);
    }

    /** From now on the runner is stopping the demo's threads. */
    void stopping() {
        stopping = true;
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    List<Thread> liveThreads() {
        Thread[] threads = new Thread[activeCount() + 8];
        int n = enumerate(threads, true);
        return Arrays.stream(threads, 0, n).filter(Thread::isAlive).toList();
    }

    /** Keeps the frames down to the demo's own code, dropping the reflection that started it. */
    private static String trimmed(String trace) {
        StringBuilder sb = new StringBuilder();
        for (String line : trace.split("\n")) {
            if (line.contains("jdk.internal.reflect") || line.contains("java.lang.reflect.Method.invoke")
                    || line.contains("concur.runner.DemoRunner")) {
                break;
            }
            sb.append(line).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
