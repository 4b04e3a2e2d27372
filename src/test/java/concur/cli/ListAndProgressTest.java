package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.Lesson;
import concur.progress.ProgressStore;
import concur.support.TestConsole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list and progress over the course's own lessons, with some done, some begun, and a level won. */
class ListAndProgressTest {
    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path state;

    private String levelWon;

    @BeforeEach
    void someProgress() {
        ProgressStore store = new ProgressStore(state, new PrintWriter(new StringWriter()));
        store.recordDemoSeen("basics");
        store.recordQuiz("basics", 7, 7);
        store.recordQuiz("locks", 1, 7);
        Lesson basics = new TestConsole("").app(state, LESSONS).lesson("basics");
        levelWon = basics.levelIds().get(0);
        store.recordLevelWon(levelWon);
    }

    private String run(String command) {
        TestConsole console = new TestConsole("");
        assertThat(Commands.execute(console.app(state, LESSONS), command)).isZero();
        assertThat(console.err()).isEmpty();
        return console.out();
    }

    @Test
    void listKeepsEachColumnWhereItIsWhateverTheStatus() {
        List<String> lines = run("list").lines().toList();
        assertThat(lines.get(0)).contains("done");
        assertThat(lines.get(2)).contains("started");
        assertThat(lines.get(1)).doesNotContain("done").doesNotContain("started");
        // every lesson of the course has exercises: their counts start in one column, status or not
        assertThat(lines).allSatisfy(line -> assertThat(line).contains("exercises "));
        assertThat(lines.stream().map(line -> line.indexOf("exercises ")).distinct()).hasSize(1);
        assertThat(lines.stream().filter(line -> line.contains("levels ")).map(line -> line.indexOf("levels ")).distinct())
                .hasSize(1);
    }

    @Test
    void progressShowsEachLessonsStateAndTheLevelsWon() {
        String out = run("progress");
        List<String> lessons = out.lines().skip(1).takeWhile(line -> !line.isEmpty()).toList();
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("1 of (\\d+) lessons completed\\. 1 of \\d+ levels of the game won\\.")
                .matcher(out);
        assertThat(total.find()).as(out).isTrue();
        assertThat(lessons).hasSize(Integer.parseInt(total.group(1))).hasSizeGreaterThanOrEqualTo(9);
        assertThat(lessons.get(0)).matches("1 +basics +\\+ +7/7 +1/1 +completed");
        assertThat(lessons.get(1)).matches("2 +subclassing +- +- +- +not started");
        assertThat(lessons.get(2)).matches("3 +locks +- +1/7 +0/4 +seen in part");
        // the table's columns line up under its heading
        String heading = out.lines().findFirst().orElseThrow();
        int levels = heading.indexOf("levels");
        int state = heading.indexOf("state");
        assertThat(lessons).allSatisfy(line -> {
            assertThat(line.substring(levels - 1)).matches(" (\\d+/\\d+|-) .*");
            assertThat(line.substring(state - 1)).matches(" (completed|seen in part|not started)");
        });
    }
}
