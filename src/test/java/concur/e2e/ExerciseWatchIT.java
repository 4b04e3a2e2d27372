package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner doing an exercise at a real terminal: concur exercise counter in tmux; the test edits the working copy as
 * an editor would, and reads each new verdict from the screen.
 */
class ExerciseWatchIT {
    private static final Path REPO = Path.of(System.getProperty("concur.repo", "."));
    private static final Duration VERIFYING = Duration.ofSeconds(120);

    @TempDir
    Path state;

    @TempDir
    Path exercises;

    private TmuxSession tmux;

    @BeforeEach
    void requireTmux() {
        assertThat(TmuxSession.available()).as("tmux is needed for the terminal tests (.ci/run installs it)").isTrue();
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void eachSaveIsVerifiedAgainAndTheVerdictShows() throws IOException {
        // transfer is solved already: n must pass over it to the next exercise not solved
        Files.createDirectories(state.resolve("concur"));
        Files.writeString(state.resolve("concur/exercises.properties"), "exercise.transfer.solved=true\n");
        // the learner's editor, as $EDITOR: it makes the right fix to the file it is given
        Path editor = exercises.resolve("fix-it.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i -e 's/public void increment()/public synchronized void increment()/' "
                + "-e 's/public int get()/public synchronized int get()/' \"$1\"\n");
        editor.toFile().setExecutable(true);
        tmux = TmuxSession.start(REPO, 100, 50, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8",
                "CONCUR_EXERCISES=" + exercises, "VISUAL=", "EDITOR=" + editor), "./concur", "exercise", "counter");
        Path counter = exercises.resolve("locks/Counter.java");
        tmux.waitUntil(s -> s.contains("Watching Counter.java"), "the starter's verdict", VERIFYING);
        assertThat(tmux.history()).contains("Wrote the starter to " + counter, "Try 1", "counter: not yet", "Counter:6 count++;",
                "Got get(): 1; one call at a time, it would be get(): 2.");

        tmux.press("h");
        tmux.waitFor("Hint 1 of 3");
        tmux.press("x");
        tmux.waitFor("'x' is not a key here. Keys: h hint");

        // a wrong fix: volatile makes no ++ atomic; the screen is drawn anew, the task above the verdict
        Files.writeString(counter, Files.readString(counter).replace("private int count;", "private volatile int count;"));
        tmux.waitUntil(s -> s.contains("Try 2 · saved at") && s.contains("counter: not yet"), "the wrong fix's verdict", VERIFYING);
        assertThat(tmux.screen()).contains("A counter that loses no updates", "Counter counts calls to increment()");
        assertThat(count(tmux.screen(), "Watching Counter.java")).isOne();

        // the right fix, made by the editor that e opens
        tmux.press("e");
        tmux.waitUntil(s -> s.contains("counter: verified"), "the right fix verified", VERIFYING);
        String screen = tmux.history().replaceAll("\\s+", " ");
        assertThat(screen).contains("Try 3 · saved at");
        assertThat(screen).containsPattern("all \\d+ interleavings explored \\(complete\\); no data race in \\d+ instrumented trials");
        assertThat(screen).containsPattern("\\d+ trials of 4 threads on \\d+ cores?, no failure");
        assertThat(screen).contains("What orders your threads' steps", "- the lock of a Counter", "How the reference solution does it");

        tmux.press("s");
        tmux.waitFor("Reference solution");
        tmux.press("n");
        tmux.waitFor("Every item, exactly once, and then stop"); // pipeline: counter and transfer are solved
        tmux.press("q");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(Files.readString(state.resolve("concur/exercises.properties")))
                .contains("exercise.counter.solved=true", "exercise.counter.hints-used=1");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
