package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.progress.ProgressStore;
import concur.support.TestConsole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive home as a newcomer meets it: what it says to do next, and the words it answers to. */
class HomeShellTest {
    /** What the fixture's lesson hello asks, answered right. */
    private static final String HELLO_ANSWERS = "b\na b\ntrue\n6\nmain\n";

    @TempDir
    Path state;

    private TestConsole home(String typed) {
        TestConsole console = new TestConsole(typed);
        assertThat(Commands.execute(console.app(state))).isZero();
        return console;
    }

    private void complete(String lessonId) {
        ProgressStore store = new ProgressStore(state, new PrintWriter(new StringWriter()));
        store.recordDemoSeen(lessonId);
        store.recordQuiz(lessonId, 5, 5);
    }

    @Test
    void aNewcomerIsToldToTakeTheFirstLesson() {
        assertThat(home("").out()).contains("Type 'learn hello' to begin");
    }

    @Test
    void onceTheFirstLessonIsDoneTheHomeNamesTheNextOne() {
        complete("hello");
        String out = home("").out();
        assertThat(out).contains("Type 'next' to go on with sleepy (Sleeping too long)").doesNotContain("learn hello");
    }

    @Test
    void withEveryLessonDoneTheHomeSaysSo() {
        complete("hello");
        complete("sleepy");
        complete("crash");
        assertThat(home("").out()).contains("Every lesson").doesNotContain("'learn ").doesNotContain("'next'");
    }

    @Test
    void helpAndErrorsAtTheHomeNameCommandsAsTypedThere() {
        TestConsole console = home("help\nlern\nlist --bogus\nshow nope\nexercise nope\n");
        assertThat(console.out()).contains("'help <command>'").contains("Start with: next")
                .doesNotContain("concur --help").doesNotContain("Start with: concur").doesNotContain("--version");
        assertThat(console.err()).contains("unknown command 'lern'. Did you mean 'learn'? (see 'help')")
                .contains("Unknown option: '--bogus' (see 'help list')")
                .contains("no lesson 'nope'. Run 'list' to see the lessons.")
                .contains("no exercise 'nope'. Run 'exercise' to see the exercises.");
        // the prefix is the program's name as a diagnostic's source, not a command to type
        assertThat(console.err().lines()).allSatisfy(line -> assertThat(line.replaceFirst("^concur: ", ""))
                .doesNotContain("concur ").doesNotContain("./concur"));
    }

    @Test
    void onTheCommandLineHintsStillNameTheProgram() {
        TestConsole console = new TestConsole("");
        App app = console.app(state);
        assertThat(Commands.execute(app, "show", "nope")).isEqualTo(ExitCode.USAGE);
        assertThat(Commands.execute(app, "list", "--bogus")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains("Run 'concur list' to see the lessons.").contains("(see 'concur list --help')");
    }

    @Test
    void clearAtTheHomeClearsTheScreen() {
        TestConsole console = TestConsole.withTerminal("clear\r", 80, 24);
        assertThat(Commands.execute(console.app(state))).isZero();
        assertThat(console.err()).isEmpty();
        // xterm's clear capability: cursor home, then erase the whole screen
        assertThat(console.screen()).contains("\033[H\033[2J");
        assertThat(home("clear\n").err()).isEmpty();
    }

    @Test
    void bareLearnAtTheHomeTakesTheNextLesson() {
        complete("hello");
        TestConsole console = home("learn\n");
        assertThat(console.err()).doesNotContain("Missing");
        assertThat(console.out()).contains("Lesson 2/3: Sleeping too long");
    }

    @Test
    void bareLearnAndQuizOnTheCommandLineTakeTheNextLesson() {
        TestConsole learn = new TestConsole(HELLO_ANSWERS);
        assertThat(Commands.execute(learn.app(state), "learn")).isZero();
        assertThat(learn.out()).contains("Lesson 1/3: Saying hello").contains("Score: 5/5");
        assertThat(learn.err()).isEmpty();

        TestConsole quiz = new TestConsole("");
        assertThat(Commands.execute(quiz.app(state), "quiz")).isZero();
        assertThat(quiz.err()).isEmpty();
        assertThat(quiz.out()).contains("Question 1/");
        assertThat(quiz.out()).doesNotContain("Saying hello");
    }

    @Test
    void bareQuizWithEveryLessonDoneAsksWhichQuiz() {
        complete("hello");
        complete("sleepy");
        complete("crash");
        TestConsole console = new TestConsole("");
        assertThat(Commands.execute(console.app(state), "quiz")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err().lines()).singleElement().asString().contains("name the quiz").contains("'concur quiz hello'");
    }

    @Test
    void tabOffersLessonsInCourseOrderAndTheHomesOwnWords() {
        App app = new TestConsole("").app(state, Path.of("lessons"));
        HomeShell.HomeCompleter completer = new HomeShell(app).new HomeCompleter();
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse("learn ", 6), candidates);
        // JLine shows candidates in their natural order, which it sorts by before showing them
        List<String> shown = candidates.stream().sorted().map(Candidate::value).toList();
        assertThat(shown).startsWith("basics", "subclassing", "locks", "queues");
        assertThat(shown).isEqualTo(app.catalog().ids());

        List<Candidate> first = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse("cl", 2), first);
        assertThat(first).extracting(Candidate::value).containsExactly("clear");
    }
}
