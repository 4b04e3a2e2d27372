package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.ContentValidator;
import concur.catalog.LessonCatalog;
import concur.check.DemoCheck;
import concur.support.TestConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken or misnamed level file is reported where it is used, and breaks neither list, nor the other levels. */
class BrokenLevelTest {
    @TempDir
    Path dir;

    private Path course;
    private final TestConsole console = new TestConsole("");

    @BeforeEach
    void courseWithBrokenLevels() throws IOException {
        course = dir.resolve("lessons");
        Path locks = course.resolve("03-locks");
        try (Stream<Path> files = Files.walk(Path.of("lessons/03-locks"))) {
            for (Path from : files.toList()) {
                Path to = locks.resolve(Path.of("lessons/03-locks").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(locks.resolve("levels/no-header.level"), "class X {}\n");
        Files.copy(locks.resolve("levels/lost-update.level"), locks.resolve("levels/01-lost.level"));
    }

    private int run(String... args) {
        return Commands.execute(console.app(dir.resolve("state"), course), args);
    }

    @Test
    void listAndTheOtherLevelsStillWork() {
        assertThat(run("list")).isZero();
        assertThat(console.out()).contains("locks");
        assertThat(run("play")).isZero();
        assertThat(console.out()).contains("lost-update").contains("two-locks");
        assertThat(run("play", "lost-update", "--solve")).isZero();
    }

    @Test
    void playingTheBrokenLevelSaysWhatIsWrongWithFileAndLine() {
        assertThat(run("play", "no-header", "--solve")).isEqualTo(ExitCode.USAGE);
        assertThat(console.err()).contains("lessons/03-locks/levels/no-header.level:1: a level starts with title")
                .doesNotContain("Exception");
    }

    @Test
    void theValidatorThatCheckRunsReportsBothWithTheIdRule() {
        LessonCatalog catalog = LessonCatalog.load(course, "lessons");
        var errors = new ContentValidator(getClass().getClassLoader(), DemoCheck.class).validate(catalog.lessons().get(0))
                .stream().map(Object::toString).toList();
        assertThat(errors).contains("lessons/03-locks/levels/01-lost.level: an id is lower-case words joined by '-',"
                + " starting with a letter: rename 01-lost.level (such as lost-update.level)");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("lessons/03-locks/levels/no-header.level:1:"));
    }
}
