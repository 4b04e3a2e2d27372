package concur.runner;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.DemoSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Demos in a JVM of their own: lines stream back tagged, the JVM's end is reported, and no child is left behind. */
class ChildJvmRunTest {
    private final DemoRunner runner = new DemoRunner(getClass().getClassLoader());

    private static DemoSpec child(Class<?> demo, Duration stopAfter) {
        return new DemoSpec("demo", "a demo", demo.getName(), Optional.empty(), DemoSpec.DemoProcess.CHILD_JVM,
                Optional.ofNullable(stopAfter), Optional.empty(), 1);
    }

    @AfterEach
    void noChildJvmOutlivesItsDemo() {
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList()).isEmpty();
    }

    @Test
    void linesComeBackTaggedWithTheirThreadsAndTheExitIsReported() {
        List<ThreadLine> rendered = new ArrayList<>();
        DemoResult result = runner.run(child(TestDemos.OutlivesMain.class, null), Duration.ofSeconds(30), rendered::add,
                new Cancellation());
        assertThat(result.completed()).isTrue();
        assertThat(result.lines()).extracting(ThreadLine::thread, ThreadLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("main", "main returns"),
                org.assertj.core.groups.Tuple.tuple("worker", "worker finished"),
                org.assertj.core.groups.Tuple.tuple("(jvm)", "the JVM exited, exit code 0"));
        assertThat(rendered).isEqualTo(result.lines());
    }

    @Test
    void aJvmThatWouldNotExitIsEndedWhenTheLessonSaysAndThatIsNoFailure() {
        DemoResult result = runner.run(child(TestDemos.Sleeper.class, Duration.ofMillis(800)), Duration.ofSeconds(30),
                line -> { }, new Cancellation());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.COMPLETED);
        assertThat(result.lines()).last().extracting(ThreadLine::text).asString().startsWith("still running after");
    }

    /** stop-after counts from the demo's first line: a slow start does not eat the time the demo was given. */
    @Test
    void aSlowStartDoesNotCutTheDemoShort() {
        DemoResult result = runner.run(child(TestDemos.SlowToStart.class, Duration.ofMillis(300)), Duration.ofSeconds(30),
                line -> { }, new Cancellation());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.COMPLETED);
        assertThat(result.lines()).extracting(ThreadLine::text).contains("started at last");
        assertThat(result.lines()).last().extracting(ThreadLine::text).asString().startsWith("still running after");
    }

    @Test
    void aChildOverItsBudgetIsATimeout() {
        DemoResult result = runner.run(child(TestDemos.Sleeper.class, null), Duration.ofMillis(800), line -> { },
                new Cancellation());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.TIMEOUT);
        assertThat(result.problems()).singleElement().asString().contains("ran past its time budget");
    }

    @Test
    void ctrlCEndsTheChild() {
        Cancellation cancellation = new Cancellation();
        DemoResult result = runner.run(child(TestDemos.Sleeper.class, null), Duration.ofSeconds(30), line -> cancellation.cancel(),
                cancellation);
        assertThat(result.outcome()).isEqualTo(DemoOutcome.INTERRUPTED);
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void anExceptionFromMainFailsWithTheJvmsExitCode() {
        DemoResult result = runner.run(child(TestDemos.ThrowsFromMain.class, null), Duration.ofSeconds(30), line -> { },
                new Cancellation());
        assertThat(result.outcome()).isEqualTo(DemoOutcome.FAILED);
        assertThat(result.problems()).containsExactly("the demo's JVM exited with code 1");
        assertThat(result.lines()).anySatisfy(l -> assertThat(l.text()).contains("UnsupportedOperationException: main gave up"));
    }

    @Test
    void recordsSurviveTabsBackslashesAndUnicode() {
        ThreadLine line = new ThreadLine(0, "we\tird\\name", 42, "a\tb\\c ünï\r", true);
        assertThat(ChildRecord.decode(ChildRecord.encode(line), 0)).isEqualTo(line);
        assertThat(ChildRecord.decode("OpenJDK 64-Bit Server VM warning: something", 3)).isNull();
    }
}
