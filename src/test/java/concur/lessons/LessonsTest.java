package concur.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.ContentValidator;
import concur.catalog.Lesson;
import concur.catalog.LessonCatalog;
import concur.check.DemoCheck;
import concur.check.LessonChecker;
import concur.check.LessonReport;
import concur.runner.Cancellation;
import concur.runner.DemoRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real course: every lesson's content is valid and its demos keep the promises their prose makes. */
class LessonsTest {
    private static final LessonCatalog COURSE = LessonCatalog.load(Path.of("lessons"), "lessons");
    /** Runs per lesson here; `concur check --repeat 10` is the longer soak. */
    private static final int REPEAT = 3;

    static Stream<Lesson> lessons() {
        return COURSE.lessons().stream();
    }

    @org.junit.jupiter.api.Test
    void theCourseIsTheSyllabusInOrder() {
        assertThat(COURSE.ids()).containsExactly("basics", "subclassing", "locks", "queues", "executors", "daemons",
                "thread-locals", "cpu-bound", "events", "futures", "coordination");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void contentIsValid(Lesson lesson) {
        ContentValidator validator = new ContentValidator(getClass().getClassLoader(), DemoCheck.class);
        assertThat(validator.validate(lesson)).isEmpty();
        assertThat(lesson.quiz()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(lesson.demos()).allSatisfy(demo -> assertThat(demo.checkClass()).as("%s has a check", demo.id()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void demosKeepTheirInvariantsOnEveryRun(Lesson lesson) {
        LessonChecker checker = new LessonChecker(getClass().getClassLoader(), new DemoRunner(getClass().getClassLoader()));
        LessonReport report = checker.check(lesson, REPEAT, null, new Cancellation());
        assertThat(report.messages()).isEmpty();
        assertThat(report.status()).isEqualTo(LessonReport.Status.PASSED);
        assertThat(report.runs()).isEqualTo(REPEAT * lesson.demos().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void proseAndQuizFitAnEightyColumnTerminal(Lesson lesson) {
        concur.render.ProseFormat prose = new concur.render.ProseFormat(concur.console.Style.PLAIN, 80);
        for (concur.catalog.Prose.Part part : lesson.prose().parts()) {
            if (part instanceof concur.catalog.Prose.Text text) {
                assertThat(prose.format(text.markdown())).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
            }
        }
        for (concur.catalog.Question question : lesson.quiz()) {
            assertThat(prose.format(question.prompt())).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        }
    }
}
