package concur.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drives a program in a real terminal, as a person would: tmux runs it on a private server; keys are sent with
 * send-keys and the screen is read with capture-pane.
 */
final class TmuxSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String EXIT_MARK = "[concur exited: ";
    private final String socket;
    private final Path config;
    private final String name = "concur";

    private TmuxSession(String socket, Path config) {
        this.socket = socket;
        this.config = config;
    }

    /** Starts {@code command} in a terminal of the given size, in {@code dir}, with extra environment variables. */
    static TmuxSession start(Path dir, int columns, int rows, List<String> env, String... command) {
        Path config;
        try {
            config = java.nio.file.Files.createTempFile("concur-tmux", ".conf");
            java.nio.file.Files.writeString(config, "set -g history-limit 5000\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        TmuxSession session = new TmuxSession("concur-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime(), config);
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", session.name, "-x", Integer.toString(columns),
                "-y", Integer.toString(rows), "-c", dir.toString(), "env"));
        args.addAll(env);
        // The shell around the program prints its exit status and keeps the pane open to read it. It shares the
        // program's process group, so it must survive the SIGINT that Ctrl-C sends (a trap, not an ignore: the
        // program must still get the signal as usual).
        args.addAll(List.of("sh", "-c", "trap : INT; \"$@\"; echo \"" + EXIT_MARK + "$?]\"; exec sleep 600", "sh"));
        args.addAll(List.of(command));
        session.tmux(args.toArray(String[]::new));
        return session;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Types text, then presses the named keys (tmux key names such as Enter, Down, C-c, C-d). */
    void type(String text, String... keys) {
        if (!text.isEmpty()) {
            tmux("send-keys", "-t", name, "-l", text);
        }
        for (String key : keys) {
            tmux("send-keys", "-t", name, key);
        }
    }

    void press(String... keys) {
        type("", keys);
    }

    /** Changes the terminal's size, as a person dragging the window would. */
    void resize(int columns, int rows) {
        tmux("resize-window", "-t", name, "-x", Integer.toString(columns), "-y", Integer.toString(rows));
    }

    /** The visible screen. */
    String screen() {
        return tmux("capture-pane", "-p", "-t", name);
    }

    /** The screen and everything scrolled off it. */
    String history() {
        return tmux("capture-pane", "-p", "-S", "-", "-t", name);
    }

    /** The visible screen with colours and other escapes, to check what was drawn. */
    String screenWithEscapes() {
        return tmux("capture-pane", "-p", "-e", "-t", name);
    }

    String waitFor(String text) {
        return waitUntil(screen -> screen.contains(text), "'" + text + "' on screen");
    }

    String waitUntil(Predicate<String> condition, String what) {
        return waitUntil(condition, what, WAIT);
    }

    /** For what takes longer than a screen update, such as verifying an exercise in child JVMs. */
    String waitUntil(Predicate<String> condition, String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (condition.test(screen)) {
                return screen;
            }
            sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + screen);
    }

    /** Waits for the program to exit; returns its exit status. */
    int waitForExit() {
        String screen = waitUntil(s -> s.contains(EXIT_MARK), "the program to exit");
        int at = screen.indexOf(EXIT_MARK) + EXIT_MARK.length();
        return Integer.parseInt(screen.substring(at, screen.indexOf(']', at)));
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
            java.nio.file.Files.deleteIfExists(config);
        } catch (IOException e) {
            // nothing left to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", config.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run tmux (is it installed? .ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
