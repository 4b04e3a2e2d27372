package concur.cli;

import concur.catalog.Durations;
import concur.catalog.Lesson;
import concur.catalog.ContentException;
import concur.check.ExerciseChecker;
import concur.check.ExerciseReport;
import concur.check.CheckResults;
import concur.check.LessonChecker;
import concur.exercise.Exercise;
import concur.check.LessonReport;
import concur.check.LevelReport;
import concur.check.ReportFormat;
import concur.game.LevelCheck;
import concur.runner.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** concur check: every lesson headless, for CI. */
@Command(name = "check", description = {
    "Check lessons headless, as CI does; exit 0 only when every lesson passes.",
    "Validates each lesson's content, runs its demos with no terminal and verifies what each demo must show;",
    "each exercise's starter must be caught and its reference solution verified, as 'concur verify' does;",
    "and each level of the scheduler game is solved: one that cannot be won fails."})
final class CheckCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<lesson>", completionCandidates = CatalogIds.Lessons.class, arity = "0..*", description = "Lessons to check (id, number or prefix).")
    List<String> lessons = new ArrayList<>();

    @Option(names = "--all", description = "Check every lesson (the default when no lesson is named).")
    boolean all;

    @Option(names = "--format", paramLabel = "text|json|junit", converter = FormatConverter.class,
            completionCandidates = FormatConverter.Names.class,
            description = "Report format: text for people, json for scripts, junit for CI servers (default: text).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--repeat", paramLabel = "N", description = "Run each demo N times (default: 1).")
    int repeat = 1;

    @Option(names = "--no-exercises", description = "Skip the exercises (their verification starts JVMs).")
    boolean noExercises;

    @Option(names = "--levels", paramLabel = "DIR",
            description = "Validate and solve every .level file in DIR (an instructor's own levels), and nothing else.")
    java.nio.file.Path levelsDir;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time budget for each demo run, such as 30s, instead of the lesson's own.")
    Duration timeout;

    CheckCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        if (repeat < 1 || repeat > 1000) {
            throw new ParameterException(spec.commandLine(), "--repeat must be from 1 to 1000, not " + repeat);
        }
        if (levelsDir != null) {
            if (all || !lessons.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--levels checks a folder of levels alone: name no"
                        + " lesson and give no --all");
            }
            return checkLevels();
        }
        if (all && !lessons.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name lessons or give --all, not both");
        }
        Set<Lesson> chosen = new LinkedHashSet<>();
        if (lessons.isEmpty()) {
            chosen.addAll(app.catalog().lessons());
        } else {
            lessons.forEach(name -> chosen.add(app.lesson(name)));
        }
        LessonChecker checker = new LessonChecker(app.classes(), app.runner());
        List<LessonReport> reports = new ArrayList<>();
        Cancellation cancellation = new Cancellation();
        for (Lesson lesson : chosen) {
            reports.add(checker.check(lesson, repeat, timeout, cancellation));
        }
        List<ExerciseReport> exercises = noExercises ? List.of() : exercises(chosen);
        List<LevelReport> levels = new ArrayList<>();
        for (Lesson lesson : chosen) {
            lesson.levels().forEach(level -> levels.add(LevelCheck.check(level)));
        }
        CheckResults results = new CheckResults(reports, exercises, levels);
        format.write(results, app.console().out(), app.console().style(), app.console().width());
        return results.passed() ? ExitCode.OK : ExitCode.FAILED;
    }

    private int checkLevels() {
        if (!java.nio.file.Files.isDirectory(levelsDir)) {
            throw new ParameterException(spec.commandLine(), "--levels: " + levelsDir + " is not a folder");
        }
        List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> listed = java.nio.file.Files.list(levelsDir)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".level")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new ParameterException(spec.commandLine(), "--levels: cannot read " + levelsDir + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--levels: " + levelsDir + " holds no .level file");
        }
        List<LevelReport> levels = new ArrayList<>();
        for (java.nio.file.Path file : files) {
            String name = file.getFileName().toString();
            try {
                levels.add(LevelCheck.check(concur.catalog.LevelSpec.loadFile(file, file.toString())));
            } catch (ContentException e) {
                levels.add(new LevelReport(name.substring(0, name.length() - ".level".length()), "",
                        LessonReport.Status.ERROR, 0, 0, e.errors().stream().map(Object::toString).toList()));
            }
        }
        CheckResults results = new CheckResults(List.of(), List.of(), levels);
        format.write(results, app.console().out(), app.console().style(), app.console().width());
        return results.passed() ? ExitCode.OK : ExitCode.FAILED;
    }

    /** Every chosen lesson's exercises, through the path verify takes; broken exercise content is one failed entry. */
    private List<ExerciseReport> exercises(Set<Lesson> chosen) {
        List<Exercise> all;
        try {
            all = app.exercises().exercises();
        } catch (ContentException e) {
            return List.of(new ExerciseReport("(content)", "", LessonReport.Status.ERROR, 0, List.of(),
                    e.errors().stream().map(Object::toString).toList()));
        }
        ExerciseChecker checker = new ExerciseChecker(app.verifier());
        List<ExerciseReport> reports = new ArrayList<>();
        for (Exercise exercise : all) {
            if (chosen.stream().anyMatch(l -> l.id().equals(exercise.lessonId()))) {
                reports.add(checker.check(exercise));
            }
        }
        return reports;
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return format(value, ReportFormat.class);
        }

        /** What Tab offers for --format. */
        static final class Names implements Iterable<String> {
            @Override
            public java.util.Iterator<String> iterator() {
                return java.util.Arrays.stream(ReportFormat.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                        .iterator();
            }
        }
    }

    /** text, json or junit, as the constant of that name in {@code formats}. */
    static <F extends Enum<F>> F format(String value, Class<F> formats) {
        for (F format : formats.getEnumConstants()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new TypeConversionException("'" + value + "' is not text, json or junit");
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                Duration d = Durations.parse(value);
                if (d.isZero()) {
                    throw new TypeConversionException("the timeout must be more than zero");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
