package concur.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.DemoSpec;
import concur.catalog.Lesson;
import concur.catalog.LessonCatalog;
import concur.runner.Cancellation;
import concur.runner.DemoResult;
import concur.runner.DemoRunner;
import concur.runner.Pace;
import concur.runner.RunSettings;
import concur.runner.ThreadLine;
import concur.runner.ThreadSample;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course's demos name their threads, so a line's lane and the timeline say who is who (adder-1, not Thread-38
 * numbered on across trials), except where the generated names are what the lesson is about.
 */
class DemoThreadNamesTest {
    private static final LessonCatalog COURSE = LessonCatalog.load(Path.of("lessons"), "lessons");
    private static final Pattern GENERATED = Pattern.compile("Thread-\\d+|pool-\\d+-thread-\\d+|");
    /** The lesson on naming threads shows the generated names, and the executors lesson a pool's. */
    private static final Set<String> ABOUT_GENERATED_NAMES = Set.of("generated-names", "given-names", "task-not-thread",
            "five-inputs");

    static Stream<DemoSpec> demos() {
        return COURSE.lessons().stream().flatMap(lesson -> lesson.demos().stream())
                .filter(demo -> demo.process() == DemoSpec.DemoProcess.IN_PROCESS)
                .filter(demo -> !ABOUT_GENERATED_NAMES.contains(demo.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void everyThreadThatPrintsOrIsSampledHasAName(DemoSpec demo) {
        Lesson lesson = COURSE.lessons().stream().filter(l -> l.demos().contains(demo)).findFirst().orElseThrow();
        DemoResult result = new DemoRunner(getClass().getClassLoader())
                .run(demo, new RunSettings(lesson.timeout(), Pace.NORMAL, true), line -> { }, new Cancellation());
        assertThat(result.completed()).as("%s ran", demo.id()).isTrue();
        Set<String> unnamed = new TreeSet<>();
        result.lines().stream().map(ThreadLine::thread).filter(t -> GENERATED.matcher(t).matches()).forEach(unnamed::add);
        result.samples().stream().map(ThreadSample::thread).filter(t -> GENERATED.matcher(t).matches()).forEach(unnamed::add);
        assertThat(unnamed).as("threads of %s with no name of their own", demo.id()).isEmpty();
    }
}
