package concur.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The learner's working copies, one plain Java file per exercise in {@code <root>/<lesson>/}, where any editor can
 * open them. The root is the --exercises option, else $CONCUR_EXERCISES, else ~/concur-exercises.
 */
public final class WorkingCopies {
    public static final String VARIABLE = "CONCUR_EXERCISES";
    private final Path root;

    public WorkingCopies(Path root) {
        this.root = root;
    }

    public static WorkingCopies from(String option, Map<String, String> env) {
        if (option != null && !option.isBlank()) {
            return new WorkingCopies(Path.of(option));
        }
        String named = env.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            return new WorkingCopies(Path.of(named));
        }
        return new WorkingCopies(Path.of(System.getProperty("user.home"), "concur-exercises"));
    }

    public Path root() {
        return root;
    }

    public Path of(Exercise exercise) {
        return root.resolve(exercise.lessonId()).resolve(exercise.fileName());
    }

    /** Writes the starter on first use; a file already there is the learner's and is left as it is. */
    public boolean create(Exercise exercise) throws IOException {
        Path file = of(exercise);
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, exercise.starter(), StandardCharsets.UTF_8);
        return true;
    }

    /** Puts the starter back, for a learner who asked to start over. */
    public void reset(Exercise exercise) throws IOException {
        Path file = of(exercise);
        Files.createDirectories(file.getParent());
        Files.writeString(file, exercise.starter(), StandardCharsets.UTF_8);
    }
}
