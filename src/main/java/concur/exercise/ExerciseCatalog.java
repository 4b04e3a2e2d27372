package concur.exercise;

import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.EditDistance;
import concur.catalog.Lesson;
import concur.catalog.LessonCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every lesson's exercises, in course order, loaded and validated together so that CI sees every problem. */
public final class ExerciseCatalog {
    static final String FOLDER = Lesson.EXERCISES_FOLDER;
    private final List<Exercise> exercises;

    private ExerciseCatalog(List<Exercise> exercises) {
        this.exercises = List.copyOf(exercises);
    }

    /** @throws ContentException naming every exercise that could not be loaded, file:line */
    public static ExerciseCatalog load(LessonCatalog lessons) {
        List<Exercise> exercises = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        Map<String, String> folderOfId = new HashMap<>();
        for (Lesson lesson : lessons.lessons()) {
            Path root = lesson.folder().resolve(FOLDER);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> folders;
            try (Stream<Path> children = Files.list(root)) {
                folders = children.filter(Files::isDirectory)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path folder : folders) {
                String display = lesson.displayPath(FOLDER + "/" + folder.getFileName().toString().replace("/", ""));
                try {
                    Exercise exercise = ExerciseLoader.load(folder, display, lesson.id());
                    String earlier = folderOfId.putIfAbsent(exercise.id(), display);
                    if (earlier != null) {
                        errors.add(new ContentError(display, 0, "duplicate exercise id '" + exercise.id() + "' (also " + earlier + ")"));
                    } else {
                        exercises.add(exercise);
                    }
                } catch (ContentException e) {
                    errors.addAll(e.errors());
                } catch (IOException e) {
                    errors.add(new ContentError(display, 0, "cannot read: " + e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new ExerciseCatalog(exercises);
    }

    /**
     * The ids of a lesson's exercises (an exercise's id is its folder's name), read from the folder alone: cheap
     * enough for {@code list} and the home, which count them without loading and validating every exercise.
     */
    public static List<String> ids(Lesson lesson) {
        Path root = lesson.folder().resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the exercises' own commands report an unreadable folder
        }
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public List<Exercise> of(Lesson lesson) {
        return exercises.stream().filter(e -> e.lessonId().equals(lesson.id())).toList();
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercise after this one in course order, if any. */
    public Optional<Exercise> after(Exercise exercise) {
        int i = exercises.indexOf(exercise);
        return i >= 0 && i + 1 < exercises.size() ? Optional.of(exercises.get(i + 1)) : Optional.empty();
    }

    /** @throws UnknownExerciseException with the ids it probably meant */
    public Exercise resolve(String name) {
        String wanted = name.strip().toLowerCase();
        Optional<Exercise> exact = find(wanted);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Exercise> prefixed = wanted.isEmpty() ? List.of()
                : exercises.stream().filter(e -> e.id().startsWith(wanted)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        List<String> close = prefixed.size() > 1 ? prefixed.stream().map(Exercise::id).toList()
                : exercises.stream().map(Exercise::id)
                        .filter(id -> EditDistance.between(id, wanted) <= Math.max(2, id.length() / 3)
                                || (wanted.length() >= 3 && id.contains(wanted)))
                        .toList();
        throw new UnknownExerciseException(name, close);
    }
}
