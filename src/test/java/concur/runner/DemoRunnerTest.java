package concur.runner;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.DemoSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoRunnerTest {
    private static final Duration BUDGET = Duration.ofSeconds(30);
    private final DemoRunner runner = new DemoRunner(getClass().getClassLoader());

    private DemoResult run(Class<?> demo, Duration timeout, Cancellation cancellation, List<ThreadLine> rendered) {
        return runner.run(demo.getName(), timeout, rendered::add, cancellation);
    }

    private DemoResult run(Class<?> demo) {
        return run(demo, BUDGET, new Cancellation(), new ArrayList<>());
    }

    @Test
    void linesFromManyThreadsNeverTearAndKeepEachThreadsOrder() {
        List<ThreadLine> rendered = new ArrayList<>();
        DemoResult result = run(TestDemos.Chatty.class, BUDGET, new Cancellation(), rendered);

        assertThat(result.completed()).isTrue();
        assertThat(result.lines()).hasSize(TestDemos.Chatty.THREADS * TestDemos.Chatty.LINES);
        assertThat(rendered).isEqualTo(result.lines());
        Pattern whole = Pattern.compile("t(\\d):(\\d+) x{100} ünïcödé");
        Map<String, Integer> next = new HashMap<>();
        long previousSeq = -1;
        for (ThreadLine line : result.lines()) {
            Matcher m = whole.matcher(line.text());
            assertThat(m.matches()).as("whole line: %s", line.text()).isTrue();
            assertThat(line.thread()).isEqualTo("chatty-" + m.group(1));
            int expected = next.getOrDefault(line.thread(), 0);
            assertThat(Integer.parseInt(m.group(2))).isEqualTo(expected);
            next.put(line.thread(), expected + 1);
            assertThat(line.seq()).isGreaterThan(previousSeq);
            previousSeq = line.seq();
        }
    }

    @Test
    void noLineIsLostInAFlood() {
        DemoResult result = run(TestDemos.Flood.class);
        assertThat(result.completed()).isTrue();
        assertThat(result.lines()).hasSize(TestDemos.Flood.THREADS * TestDemos.Flood.LINES);
        Map<String, Integer> next = new HashMap<>();
        for (ThreadLine line : result.lines()) {
            int expected = next.getOrDefault(line.thread(), 0);
            assertThat(line.text()).isEqualTo(Integer.toString(expected));
            next.put(line.thread(), expected + 1);
        }
    }

    @Test
    void restoresSystemStreamsAfterTheRun() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        run(TestDemos.Thrower.class);
        assertThat(System.out).isSameAs(out);
        assertThat(System.err).isSameAs(err);
    }

    @Test
    void aRunLastsUntilEveryNonDaemonThreadEnds() {
        DemoResult result = run(TestDemos.OutlivesMain.class);
        assertThat(result.completed()).isTrue();
        assertThat(result.lines()).extracting(ThreadLine::text).containsExactly("main returns", "worker finished");
    }

    @Test
    void anOverrunningDemoIsStoppedAndReportedWithItsStacks() {
        DemoResult result = run(TestDemos.Sleeper.class, Duration.ofMillis(200), new Cancellation(), new ArrayList<>());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.TIMEOUT);
        assertThat(result.lines()).extracting(ThreadLine::text).containsExactly("going to sleep");
        assertThat(String.join("\n", result.problems())).contains("\"main\"").contains("Thread.sleep");
    }

    @Test
    void anExceptionInAWorkerFailsTheRunAndShowsOnItsStderr() {
        DemoResult result = run(TestDemos.Thrower.class);
        assertThat(result.outcome()).isEqualTo(DemoOutcome.FAILED);
        assertThat(result.problems()).singleElement().asString()
                .startsWith("thread \"worker\" threw java.lang.IllegalStateException: boom");
        assertThat(result.lines()).anySatisfy(l -> {
            assertThat(l.stderr()).isTrue();
            assertThat(l.text()).isEqualTo("Exception in thread \"worker\" java.lang.IllegalStateException: boom");
        });
        assertThat(result.lines()).extracting(ThreadLine::text).contains("main done");
    }

    @Test
    void anExceptionFromMainIsTrimmedToTheDemosOwnFrames() {
        DemoResult result = run(TestDemos.ThrowsFromMain.class);
        assertThat(result.outcome()).isEqualTo(DemoOutcome.FAILED);
        assertThat(result.problems()).singleElement().asString()
                .contains("UnsupportedOperationException: main gave up")
                .contains("TestDemos$ThrowsFromMain.main")
                .doesNotContain("reflect");
    }

    @Test
    void cancellingStopsTheDemoPromptly() {
        Cancellation cancellation = new Cancellation();
        List<ThreadLine> rendered = new ArrayList<>();
        DemoResult result = runner.run(TestDemos.Sleeper.class.getName(), BUDGET, line -> {
            rendered.add(line);
            cancellation.cancel(); // as a Ctrl-C handler would, once the demo has begun
        }, cancellation);
        assertThat(result.outcome()).isEqualTo(DemoOutcome.INTERRUPTED);
        assertThat(result.problems()).isEmpty();
        assertThat(result.elapsed()).isLessThan(BUDGET);
    }

    @Test
    void aThreadThatWillNotStopIsReportedAsLeaked() {
        try {
            DemoResult result = run(TestDemos.Stubborn.class);
            assertThat(result.completed()).isFalse();
            assertThat(result.problems()).singleElement().asString()
                    .startsWith("thread still running after the demo ended: \"stubborn\"");
        } finally {
            TestDemos.Stubborn.RELEASE.countDown();
        }
    }

    @Test
    void aProcessLeftRunningIsEndedAndReported() {
        DemoResult result = run(TestDemos.LeavesAProcess.class);
        assertThat(result.completed()).isFalse();
        assertThat(result.problems()).singleElement().asString()
                .startsWith("process still running after the demo ended: pid ").contains("sleep");
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    void anUnnamedVirtualThreadStillGetsALaneName() {
        DemoResult result = run(TestDemos.PrintsFromAVirtualThread.class);
        assertThat(result.lines()).singleElement().satisfies(line -> assertThat(line.thread()).matches("virtual#\\d+"));
    }

    @Test
    void aLastLineWithoutLineBreakIsKept() {
        DemoResult result = run(TestDemos.NoNewline.class);
        assertThat(result.lines()).extracting(ThreadLine::text).containsExactly("no line break at the end");
    }

    @Test
    void anUnknownClassFailsWithoutRunning() {
        DemoResult result = runner.run("concur.NoSuchDemo", BUDGET, line -> { }, new Cancellation());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.FAILED);
        assertThat(result.problems()).singleElement().asString().startsWith("cannot load demo class concur.NoSuchDemo");
    }

    @Test
    void aPacedRunIsSlowerYetEveryThreadStillPrintsInItsOwnOrder() {
        DemoSpec greeters = new DemoSpec("greet", "greet", TestDemos.Chatty.class.getName(), java.util.Optional.empty(),
                DemoSpec.DemoProcess.IN_PROCESS, java.util.Optional.empty(), java.util.Optional.empty(), 1);
        Pace pace = Pace.parse("0.002"); // 0.3 ms after each line
        DemoResult result = runner.run(greeters, new RunSettings(BUDGET, pace, false), line -> { }, new Cancellation());
        assertThat(result.completed()).isTrue();
        Map<String, Integer> next = new HashMap<>();
        for (ThreadLine line : result.lines()) {
            int n = Integer.parseInt(line.text().substring(3, line.text().indexOf(' ')));
            assertThat(n).isEqualTo(next.getOrDefault(line.thread(), 0));
            next.put(line.thread(), n + 1);
        }
        assertThat(next.values()).containsOnly(TestDemos.Chatty.LINES);
    }

    @Test
    void paceIsSlowNormalOrAFactor() {
        assertThat(Pace.parse("normal").paused()).isFalse();
        assertThat(Pace.parse("SLOW").pausePerLine()).isEqualTo(Pace.SLOW_PAUSE);
        assertThat(Pace.parse("2").pausePerLine()).isEqualTo(Pace.SLOW_PAUSE.multipliedBy(2));
        assertThat(Pace.parse("slow").stretch(Duration.ofSeconds(5))).isGreaterThan(Duration.ofMinutes(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pace.parse("fast")).hasMessageContaining("not slow, normal");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pace.parse("-1")).hasMessageContaining("from 0 to 20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pace.parse("NaN")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pace.parse("1e9")).hasMessageContaining("from 0 to 20");
    }
}
