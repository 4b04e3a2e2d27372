package concur.verify;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Style;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lincheck's trace, as Lincheck 3.7 printed it, read into steps and drawn as lanes that fit the width. */
class InterleavingTest {
    private static final String COUNTER = """
            public class Counter {
                private int count;
                public void increment() {
                    count++;
                }
                public int get() {
                    return count;
                }
            }
            """;

    private static String trace(String name) throws IOException {
        try (InputStream in = InterleavingTest.class.getResourceAsStream("/traces/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Verification failed(String trace, String file, String source) {
        return new Verification("counter", Verification.Status.FAILED, "an interleaving gives results no one-at-a-time"
                + " order could", 10, 9, false, Optional.empty(), 0, 0, 0, 0, Optional.of(trace), List.of(), file, source, "", RaceCheck.NONE);
    }

    @Test
    void theProgressLineNeverWraps() {
        String step = "exploring interleavings (model checking) and looking for data races";
        for (int width : new int[] {20, 40, 80}) {
            assertThat(VerdictFormat.progress(step, width)).startsWith("verifying: ").hasSizeLessThan(width);
        }
        assertThat(VerdictFormat.progress(step, 120)).isEqualTo("verifying: " + step + " ...");
    }

    @Test
    void onlyTheLearnersLinesAreSteps() throws IOException {
        Interleaving run = Interleaving.parse(trace("lost-update.txt"), "Counter.java");
        assertThat(run.threads()).isEqualTo(2);
        assertThat(run.steps()).filteredOn(Interleaving.Step::mine)
                .extracting(s -> s.thread() + ":" + s.line() + ":" + s.text())
                .containsExactly("2:4:count ➜ 0", "1:4:count ➜ 0", "1:4:count = 1", "2:4:count = 1", "1:7:count ➜ 1");
        assertThat(run.steps()).filteredOn(Interleaving.Step::after).extracting(Interleaving.Step::text)
                .contains("get(): 1");
        assertThat(run.deadlock()).isFalse();
    }

    @Test
    void lanesFitTheWidthAndEndWithWhatCameOut() throws IOException {
        Verification v = failed(trace("lost-update.txt") + "\n" + VerdictFormat.EXPECTED + "get(): 2", "Counter.java", COUNTER);
        String wide = VerdictFormat.text(v, Style.PLAIN, 100);
        assertThat(wide).contains("thread 1", "thread 2", "Counter:4 count++;", "reads count: 0", "writes count = 1",
                "Got get(): 1; one call at a time, it would be get(): 2.");
        // thread 2's first step is in the second lane
        assertThat(wide.lines().filter(l -> l.contains("Counter:4")).findFirst().orElseThrow()).startsWith(" ".repeat(40));
        assertThat(wide).doesNotContain("\033");
        for (int width : new int[] {100, 60, 40}) {
            assertThat(VerdictFormat.text(v, Style.PLAIN, width).lines())
                    .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        }
        assertThat(VerdictFormat.text(v, Style.PLAIN, 40)).contains("T2 | Counter:4 count++;");
    }

    @Test
    void aDeadlockSaysWhoHoldsWhatAndWaitsWhere() throws IOException {
        // the starter the trace was taken from: the two locks on lines 16 and 17
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("lessons/03-locks/exercises/transfer/Bank.java"));
        Interleaving run = Interleaving.parse(trace("deadlock.txt"), "Bank.java");
        assertThat(run.deadlock()).isTrue();
        assertThat(run.lostWakeup()).isFalse();
        assertThat(run.hungThreads()).containsExactly(1, 2);
        assertThat(run.whoWaits(source)).containsExactly(
                "thread 1 holds the lock taken at line 16 (synchronized (locks[from]) {) and waits for a lock at line 17"
                        + " (synchronized (locks[to]) {)",
                "thread 2 holds the lock taken at line 16 (synchronized (locks[from]) {) and waits for a lock at line 17"
                        + " (synchronized (locks[to]) {)");
    }
}
