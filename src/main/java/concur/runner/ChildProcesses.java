package concur.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child JVMs demos and the exercise verifier started; whatever happens, none outlives concur, and none leaves
 * its private folder behind.
 */
public final class ChildProcesses {
    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean hooked;

    synchronized Process start(List<String> command) throws IOException {
        return start(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice())));
    }

    /**
     * Starts a child whose stdin is a pipe, in a private folder of its own: its working folder, and through
     * {@code -Djava.io.tmpdir} (which the caller puts in the command) its temp folder. The folder goes when the
     * child is ended through {@link #end}, or when concur exits.
     */
    public synchronized Process startWithInput(List<String> command, Path folder) throws IOException {
        folders.add(folder);
        try {
            return start(new ProcessBuilder(command).directory(folder.toFile()));
        } catch (IOException | RuntimeException e) {
            remove(folder);
            throw e;
        }
    }

    /** A new private folder for a child, with {@code tmp} in it for its temp folder. */
    public static Path privateFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Files.createDirectory(folder.resolve("tmp"));
        return folder;
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

    /** Ends the process as {@link #end(Process, Duration)} does, then removes its private folder. */
    public void end(Process process, Duration grace, Path folder) {
        end(process, grace);
        remove(folder);
    }

    private void endAll() {
        for (Process process : live) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (Process process : live) {
            try {
                process.waitFor(1, TimeUnit.SECONDS); // a folder removed while its JVM still writes would be refilled
            } catch (InterruptedException e) {
                break;
            }
        }
        folders.forEach(this::remove);
    }

    private void remove(Path folder) {
        folders.remove(folder);
        try (var all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone, or unreadable: nothing more can be done
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
