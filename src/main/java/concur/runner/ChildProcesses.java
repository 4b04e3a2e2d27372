package concur.runner;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The child JVMs demos and the exercise verifier started; whatever happens, none outlives concur. */
public final class ChildProcesses {
    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private boolean hooked;

    synchronized Process start(List<String> command) throws IOException {
        return start(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice())));
    }

    /** Starts a child whose stdin is a pipe that concur writes to. */
    public synchronized Process startWithInput(List<String> command) throws IOException {
        return start(new ProcessBuilder(command));
    }

    private Process start(ProcessBuilder builder) throws IOException {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::endAll, "concur-end-children"));
            hooked = true;
        }
        Process process = builder.start();
        live.add(process);
        return process;
    }

    /** Asks the process (and anything it started) to end, then forces it after {@code grace}. */
    public void end(Process process, Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        live.remove(process);
    }

    private void endAll() {
        for (Process process : live) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
