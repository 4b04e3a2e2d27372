package concur.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One lesson: what {@code list} needs is read at load; its prose and quiz (and, when the lesson index had its title,
 * its demos and levels) are parsed the first time they are used.
 */
public final class Lesson {
    static final String PROSE_FILE = "lesson.md";
    static final String QUIZ_FILE = "quiz.yaml";
    /** Where a lesson's exercises live, one folder each. */
    public static final String EXERCISES_FOLDER = "exercises";

    private final String id;
    private final int number;
    private final String title;
    private final String summary;
    private final List<String> levelIds;
    private final Path folder;
    private final String displayFolder;
    private final Supplier<Details> detailsSource;
    private Details details;
    private Prose prose;
    private List<Question> quiz;

    /** What the rest of lesson.yaml and the level files say: parsed at load, or when first used (see LessonIndex). */
    record Details(Duration timeout, List<DemoSpec> demos, List<LevelSpec> levels, List<ContentError> levelErrors) {
        Details {
            demos = List.copyOf(demos);
            levels = List.copyOf(levels);
            levelErrors = List.copyOf(levelErrors);
        }
    }

    Lesson(String id, int number, String title, String summary, List<String> levelIds, Path folder, String displayFolder,
            Supplier<Details> details) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.levelIds = List.copyOf(levelIds);
        this.folder = folder;
        this.displayFolder = displayFolder;
        this.detailsSource = details;
    }

    private synchronized Details details() {
        if (details == null) {
            details = detailsSource.get();
        }
        return details;
    }

    public String id() {
        return id;
    }

    /** Its place in the course, counting from 1. */
    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** How long one demo may run before it is stopped and reported as a timeout. */
    public Duration timeout() {
        return details().timeout();
    }

    public List<DemoSpec> demos() {
        return details().demos();
    }

    public Optional<DemoSpec> demo(String demoId) {
        return demos().stream().filter(d -> d.id().equals(demoId)).findFirst();
    }

    /** The scheduler-game levels in its levels folder. */
    public List<LevelSpec> levels() {
        return details().levels();
    }

    /**
     * What is wrong with the level files that could not be read (a misnamed file, a broken header): reported by
     * {@code check} and by {@code play} on such a level, while the lesson's other levels play on.
     */
    public List<ContentError> levelErrors() {
        return details().levelErrors();
    }

    /** The ids of its scheduler-game levels, from the file names alone: nothing is parsed. */
    public List<String> levelIds() {
        return levelIds;
    }

    public Optional<LevelSpec> level(String levelId) {
        return levels().stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    public synchronized Prose prose() {
        if (prose == null) {
            Prose parsed = Prose.parse(read(PROSE_FILE));
            for (Prose.RunDemo run : parsed.demoRuns()) {
                if (demo(run.demoId()).isEmpty()) {
                    throw new ContentException(new ContentError(displayPath(PROSE_FILE), run.line(),
                            "'@run " + run.demoId() + "' names no demo of lesson.yaml"));
                }
            }
            for (Prose.PlayLevel play : parsed.levelPlays()) {
                if (!levelIds.contains(play.levelId())) {
                    throw new ContentException(new ContentError(displayPath(PROSE_FILE), play.line(),
                            "'@play " + play.levelId() + "' names no level in " + LevelSpec.FOLDER + "/"));
                }
            }
            prose = parsed;
        }
        return prose;
    }

    public synchronized List<Question> quiz() {
        if (quiz == null) {
            quiz = QuizParser.parse(displayPath(QUIZ_FILE), read(QUIZ_FILE));
        }
        return quiz;
    }

    /** The Java source of a demo, read from the same file the build compiled. */
    public String source(DemoSpec demo) {
        return read(demo.simpleName() + ".java");
    }

    /** How errors name a file of this lesson, such as lessons/03-locks/quiz.yaml. */
    public String displayPath(String file) {
        return displayFolder + "/" + file;
    }

    /** The lesson's folder (inside the jar when concur runs from it). */
    public Path folder() {
        return folder;
    }

    private String read(String file) {
        return read(folder.resolve(file), displayPath(file));
    }

    /**
     * A content file's text with Unix line ends.
     *
     * @throws ContentException "missing file", named as {@code display}
     */
    public static String read(Path path, String display) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ContentException(new ContentError(display, 0, "missing file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
