package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler game at a real terminal, played by keys as a new user would, from the home. */
class SchedulerGameIT {
    private static final Path REPO = Path.of(System.getProperty("concur.repo", "."));

    @TempDir
    Path state;

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

    /** Presses one key and waits until the board shows {@code after}. */
    private void key(String key, String after) {
        tmux.press(key);
        tmux.waitFor(after);
    }

    @Test
    void theLostUpdateWonByKeysThenTheDeadlockLostOnceAndWon() {
        tmux = TmuxSession.start(REPO, 80, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"), "./concur");
        tmux.waitFor("concur>");
        tmux.type("play", "Enter");
        tmux.waitFor("lost-update");

        tmux.type("play lost-update", "Enter");
        tmux.waitFor("Goal: Make two increments leave the counter at 1.");
        key("a", "Moves: A");
        key("a", "Moves: A A");
        key("b", "Moves: A A B");
        key("e", "*3 write count");                         // A's count++ unfolded: read, add, then the write
        key("a", "Moves: A A B A");
        key("b", "Moves: A A B A B");
        assertThat(tmux.screen()).contains("Shared: count = 1").contains("B next: write count");
        key("b", "You won in 6 moves, the shortest win.");
        assertThat(tmux.screen()).contains("Shared: count = 1").contains("lesson locks");
        tmux.press("q");
        tmux.waitUntil(s -> s.strip().endsWith("concur>"), "the prompt back");

        tmux.type("play two-locks", "Enter");
        tmux.waitFor("Goal: Make both threads wait for each other for ever.");
        for (int i = 1; i <= 6; i++) {
            key("a", "Moves:" + " A".repeat(i));
        }
        key("b", "A: finished");
        key("h", "No win is left from here");
        for (int i = 2; i <= 6; i++) {
            key("b", "Moves:" + " A".repeat(6) + " B".repeat(i));
        }
        tmux.waitFor("Lost: no thread can move, and the goal was not reached.");
        key("r", "Started again.");
        key("a", "Locks: savings held by A, checking free");
        key("a", "Locks: savings held by A, checking held by A");
        key("b", "B: waits for lock checking, held by A");
        key("u", "Undone.");
        key("b", "You won in 2 moves, the shortest win.");
        assertThat(tmux.screen()).contains("A: waits for lock checking, held by B")
                .contains("B: waits for lock savings, held by A");
        tmux.press("q");
        tmux.waitUntil(s -> s.strip().endsWith("concur>"), "the prompt back");

        tmux.type("play", "Enter");
        tmux.waitUntil(s -> s.lines().anyMatch(l -> l.startsWith("two-locks ") && l.endsWith("won")), "two-locks won");
        assertThat(tmux.history()).doesNotContain("Exception");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }
}
