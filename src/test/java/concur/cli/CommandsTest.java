package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Commands end to end over in-memory streams and the fixture catalog. */
class CommandsTest {
    @TempDir
    Path state;

    private TestConsole console = new TestConsole("");

    private int run(String... args) {
        return Commands.execute(console.app(state), args);
    }

    private int runWithInput(String input, String... args) {
        console = new TestConsole(input);
        return run(args);
    }

    @Test
    void listPrintsOneLessonALineIdFirst() {
        assertThat(run("list")).isZero();
        assertThat(console.out().lines()).hasSize(3);
        assertThat(console.out().lines().map(l -> l.split(" ")[0])).containsExactly("hello", "sleepy", "crash");
        assertThat(console.err()).isEmpty();
    }

    /** A command run without picocli when named alone must be one picocli would have nothing to parse for. */
    @Test
    void theCommandsRunWithoutPicocliTakeNoOptionAndNoParameter() {
        picocli.CommandLine cli = Commands.create(console.app(state));
        assertThat(Commands.bareCommands()).isNotEmpty().allSatisfy(name -> {
            picocli.CommandLine.Model.CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            assertThat(spec.positionalParameters()).as(name).isEmpty();
            assertThat(spec.options()).as(name).allSatisfy(option -> assertThat(option.inherited()
                    || option.usageHelp() || option.versionHelp()).as(name + " " + option.longestName()).isTrue());
        });
    }

    /** Named alone, those commands print what picocli's path prints, and they exit as it does. */
    @Test
    void theCommandsRunWithoutPicocliPrintWhatPicocliWouldRun() {
        for (String name : Commands.bareCommands()) {
            // each from the same fresh state: next runs a lesson, which records progress
            console = new TestConsole("");
            int bare = Commands.execute(console.app(state.resolve("bare-" + name)), name);
            String out = console.out();
            String err = console.err();
            console = new TestConsole("");
            picocli.CommandLine cli = Commands.create(console.app(state.resolve("picocli-" + name)), name);
            assertThat(cli.execute(name)).as(name).isEqualTo(bare);
            if (name.equals("next")) {
                // next runs a lesson's demos on real threads: their timings and interleavings differ run to run
                assertThat(console.out().lines().limit(2)).as(name).containsExactlyElementsOf(out.lines().limit(2).toList());
            } else {
                assertThat(console.out()).as(name).isEqualTo(out);
            }
            assertThat(console.err()).as(name).isEqualTo(err);
        }
    }

    @Test
    void anUnknownLessonIsAUsageErrorWithASuggestion() {
        assertThat(run("learn", "helo")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).isEqualTo("concur: no lesson 'helo'. Did you mean 'hello'?\n");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void everySubcommandAnswersHelpAsItsUsageErrorsAdvise() {
        for (String command : new String[] {"list", "learn", "run", "quiz", "show", "check", "progress", "reset", "next",
                "play"}) {
            console = new TestConsole("");
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(console.out()).as(command).startsWith("Usage: concur " + command);
            assertThat(console.err()).as(command).isEmpty();
        }
    }

    @Test
    void anUnknownCommandGetsOneLineAndASuggestion() {
        assertThat(run("lern", "hello")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).isEqualTo("concur: unknown command 'lern'. Did you mean 'learn'? (see 'concur --help')\n");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("check", "--format", "xml")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err().lines()).singleElement().asString().contains("'xml' is not text, json or junit");
        console = new TestConsole("");
        assertThat(run("check", "--repeat", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err().lines()).singleElement().asString().contains("--repeat must be from 1 to 1000");
        console = new TestConsole("");
        assertThat(run("check", "--timeout", "soon")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err().lines()).singleElement().asString().contains("not a duration");
    }

    @Test
    void learnWithoutATerminalRunsTheDemoAndReadsAnswersPerLine() {
        assertThat(runWithInput("b\na b\ntrue\n6\nmain\n", "learn", "hello")).isZero();
        String out = console.out();
        assertThat(out).contains("Lesson 1/3: Saying hello").contains("Two threads say hello, and main waits.");
        assertThat(out).contains("greeter-1").contains("| hello 3").doesNotContain("\033[");
        assertThat(out).contains("Score: 5/5").contains("Lesson hello completed.").contains("Next: concur learn sleepy");
        assertThat(out.indexOf("all greeted")).isLessThan(out.indexOf("That was it."));

        console = new TestConsole("");
        run("progress");
        assertThat(console.out()).contains("1   hello          +     5/5    -       completed");
    }

    @Test
    void endOfInputDuringTheQuizSavesWhatWasAnswered() {
        assertThat(runWithInput("b\n", "quiz", "1")).isZero();
        assertThat(console.out()).contains("Quiz stopped after 1 of 5 questions.");
        console = new TestConsole("");
        run("progress");
        assertThat(console.out()).contains("1/5").doesNotContain("completed\n");
    }

    @Test
    void aDemoThatThrowsFailsTheLessonAndShowsItsOwnStack() {
        assertThat(run("run", "crash")).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("The demo failed").contains("java.lang.IllegalStateException: boom")
                .contains("at concur.fixtures.crash.Boom").contains("main carries on");
    }

    @Test
    void showPrintsTheCompiledDemoSource() {
        assertThat(run("show", "hello")).isZero();
        assertThat(console.out()).contains("public class Greeters").contains("new Thread(greet, \"greeter-1\")");
    }

    @Test
    void checkReportsJsonWithStatusQuestionsAndMeasurements() {
        assertThat(run("check", "hello", "crash", "--format", "json")).isEqualTo(ExitCode.FAILED);
        String json = console.out();
        assertThat(json).startsWith("{\"lessons\":[");
        assertThat(json).contains("{\"id\":\"hello\",\"status\":\"passed\",\"questions\":5,\"runs\":1,\"duration_ms\":");
        assertThat(json).contains("\"measurements\":{\"lines\":7}");
        assertThat(json).contains("{\"id\":\"crash\",\"status\":\"failed\"");
        assertThat(json).contains("\"message\":\"boom: thread \\\"worker\\\" threw java.lang.IllegalStateException: boom");
    }

    @Test
    void checkTimesOutAnOverrunningDemo() {
        assertThat(run("check", "sleepy")).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("timeout").contains("sleepy").contains("Thread.sleep");
    }

    @Test
    void aDeadlockIsReportedAsACycleNotAHang() {
        console = new TestConsole("");
        int code = Commands.execute(console.app(state, Path.of("src/test/fixtures/deadlock")), "check", "--format", "json");
        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(console.out()).contains("\"status\":\"timeout\"")
                .containsPattern("deadlock: \\\\\"philosopher-[ab]\\\\\" holds Object@\\p{XDigit}+ \\(locked in DeadlyEmbrace.takeBoth\\)"
                        + " and waits at DeadlyEmbrace.java:2\\d for Object@\\p{XDigit}+, held by \\\\\"philosopher-[ab]\\\\\"; ");
    }

    private static final Path OUTCOMES = Path.of("src/test/fixtures/outcomes");

    @Test
    void checkGradesEachTrialAndFailsOnAWrongOutcome() {
        int code = Commands.execute(console.app(state, OUTCOMES), "check", "--format", "json");
        assertThat(code).isEqualTo(ExitCode.FAILED);
        assertThat(console.out())
                .contains("{\"id\":\"races\",\"status\":\"passed\"")
                .contains("\"lazy_init_surprising_rate\":0.4")
                .contains("{\"id\":\"forbidden\",\"status\":\"failed\"")
                .contains("broken: 1 trial ended with 0, which is wrong: nobody created it")
                .contains("broken: 1 trial ended with 7, which is wrong: no grade rule allows it");
    }

    @Test
    void runDrawsTheGradedOutcomesAfterTheDemo() {
        assertThat(Commands.execute(console.app(state, OUTCOMES), "run", "races")).isZero();
        assertThat(console.out()).contains("""
                Outcomes of 5 trials
                  expected   exactly 1: one thread created it
                      1  ######################################## 3
                  surprising above 1: several threads created one each
                      2  #############                            1
                      3  #############                            1
                  wrong      below 1: nobody created it
                      none seen
                """);
    }

    @Test
    void learnAsksAPersonToPredictAndSetsTheRunAgainstIt() {
        console = new TestConsole("a\n\n\n", concur.console.Style.PLAIN, true);
        assertThat(Commands.execute(console.app(state, OUTCOMES), "learn", "races")).isZero();
        assertThat(console.out())
                .contains("Predict first (pick every outcome you think can appear)\nHow many instances can a trial end with?")
                .contains("a) exactly 1").contains("b) above 1").contains("c) below 1")
                .contains("expected   exactly 1: one thread created it (you predicted it)")
                .contains("surprising above 1: several threads created one each (not predicted)")
                .contains("x You did not predict above 1 (2 of 5).")
                .doesNotContain("Press Enter to run the demo");
    }

    @Test
    void learnWithoutAPersonRunsWithoutAskingForAPrediction() {
        console = new TestConsole("", concur.console.Style.PLAIN, false);
        Commands.execute(console.app(state, OUTCOMES), "learn", "races");
        assertThat(console.out()).doesNotContain("Predict first").contains("Outcomes of 5 trials")
                .doesNotContain("predicted");
    }

    @Test
    void checkRepeatsEachDemo() {
        assertThat(run("check", "hello", "--repeat", "5")).isZero();
        assertThat(console.out()).contains("5 runs").contains("lines=7 lines_min=7 lines_max=7").endsWith("1 passed, 0 failed\n");
    }

    @Test
    void checkWritesJunitXmlThatParses() throws Exception {
        assertThat(run("check", "--format", "junit", "--timeout", "300ms")).isEqualTo(ExitCode.FAILED);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(console.out().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue())
                .isEqualTo("timeout");
    }

    @Test
    void resetForgetsProgress() {
        runWithInput("b\na b\ntrue\n6\nmain\n", "learn", "hello");
        console = new TestConsole("");
        assertThat(run("reset", "hello")).isZero();
        assertThat(console.out()).isEqualTo("Progress in hello forgotten.\n");
        console = new TestConsole("");
        run("progress");
        assertThat(console.out()).contains("0 of 3 lessons completed.");
    }

    @Test
    void resettingEverythingAsksAPersonFirst() {
        runWithInput("b\na b\ntrue\n6\nmain\n", "learn", "hello");
        console = new TestConsole("n\n", concur.console.Style.PLAIN, true);
        assertThat(run("reset")).isZero();
        assertThat(console.out()).isEqualTo("Forget your progress in all 3 lessons? [y/N] Nothing was forgotten.\n");
        console = new TestConsole("y\n", concur.console.Style.PLAIN, true);
        assertThat(run("reset")).isZero();
        assertThat(console.out()).endsWith("Progress in every lesson forgotten.\n");
        console = new TestConsole("");
        run("progress");
        assertThat(console.out()).contains("0 of 3 lessons completed.");
    }

    @Test
    void nextTakesTheFirstLessonNotCompleted() {
        assertThat(runWithInput("b\na b\ntrue\n6\nmain\n", "next")).isZero();
        assertThat(console.out()).contains("Lesson 1/3: Saying hello");
        runWithInput("", "next");
        assertThat(console.out()).contains("Lesson 2/3: Sleeping too long");
    }

    @Test
    void theHomeRunsTypedCommandsUntilEndOfInput() {
        assertThat(runWithInput("list\n\nlearn \"unbalanced\nnope\nconcur show hello\nexit\nlist\n")).isZero();
        assertThat(console.out()).contains("concur> ").contains("public class Greeters");
        assertThat(console.err()).contains("no lesson 'unbalanced'").contains("unknown command 'nope'");
    }

    @Test
    void versionAndHelpAreThere() {
        assertThat(run("--version")).isZero();
        assertThat(console.out()).startsWith("concur ");
        console = new TestConsole("");
        assertThat(run("--help")).isZero();
        assertThat(console.out()).contains("learn").contains("check").contains("Start with: concur learn basics");
    }

    @Test
    void aLessonUsingEveryMarkdownConstructPassesCheckAndReadsRightInAPipe() {
        Path markdown = Path.of("src/test/fixtures/markdown");
        assertThat(Commands.execute(console.app(state, markdown), "check")).isZero();
        assertThat(console.out()).contains("passed  markdown");
        console = new TestConsole("b\n");
        assertThat(Commands.execute(console.app(state, markdown), "learn", "markdown")).isZero();
        assertThat(console.out()).doesNotContain("\033")
                .contains("a code span, an escaped *star*, a link to the JLS\n(https://docs.oracle.com/javase/specs/) and"
                        + " an autolink, https://openjdk.org,\nshown once.\nAfter a hard line break.")
                .contains("  - another, with a nested list:\n    * nested once\n      + nested twice")
                .contains("  1. First step\n\n  2. Second step")
                .contains("| A block quote, set off by a bar, with code inside.")
                .contains("Tool          | What it gives you")
                .contains("----------------------------------------------------------------")
                .contains("    lock.lock();\n    try {\n        count++; // one step at a time")
                .contains("worker   | done")
                .contains("Which thread prints done?");
    }
}
