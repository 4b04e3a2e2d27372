package concur.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The learner's working copies, one plain Java file per exercise in {@code <root>/<lesson>/}, where any editor can
 * open them. The root is the --exercises option, else $CONCUR_EXERCISES, else $HOME/concur-exercises (the JVM's
 * user.home only when HOME is not set): progress follows $HOME, and so must the files it credits, or under sudo, in
 * a container or with HOME set for a try, the learner would be handed another person's working copies.
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
        String home = env.get("HOME");
        return new WorkingCopies(Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"),
                "concur-exercises"));
    }

    public Path root() {
        return root;
    }

    public Path of(Exercise exercise) {
        return root.resolve(exercise.lessonId()).resolve(exercise.fileName());
    }

    /** Puts the starter back, for a learner who asked to start over. */
    public void reset(Exercise exercise) throws IOException {
        Path file = of(exercise);
        Files.createDirectories(file.getParent());
        Files.writeString(file, exercise.starter(), StandardCharsets.UTF_8);
    }
}
