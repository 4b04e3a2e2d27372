package concur.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The course: every lesson folder, in order, loaded and checked for what listing and resolving need. */
public final class LessonCatalog {
    private final List<Lesson> lessons;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /**
     * Loads every lesson folder under {@code root}, ordered by folder name.
     *
     * @param displayRoot how errors name the root, such as "lessons"
     * @throws ContentException naming every folder that could not be loaded
     */
    public static LessonCatalog load(Path root, String displayRoot) {
        return load(root, displayRoot, null);
    }

    /**
     * Loads every lesson folder under {@code root}, taking titles and summaries from the lesson index kept in
     * {@code indexFile} where it is up to date (and bringing it up to date), so that listing parses no YAML.
     *
     * @param indexFile where the index is kept, or null for none
     * @throws ContentException naming every folder that could not be loaded
     */
    public static LessonCatalog load(Path root, String displayRoot, Path indexFile) {
        LessonIndex index = indexFile == null ? null : LessonIndex.open(indexFile);
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Lesson> lessons = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        Map<String, String> folderOfId = new HashMap<>();
        for (Path folder : folders) {
            String display = displayRoot + "/" + folder.getFileName().toString().replace("/", "");
            try {
                Lesson lesson = LessonLoader.load(folder, display, lessons.size() + 1, index);
                String earlier = folderOfId.putIfAbsent(lesson.id(), display);
                if (earlier != null) {
                    errors.add(new ContentError(display, 0, "duplicate lesson id '" + lesson.id() + "' (also " + earlier + ")"));
                } else {
                    lessons.add(lesson);
                }
            } catch (ContentException e) {
                errors.addAll(e.errors());
            } catch (IOException e) {
                errors.add(new ContentError(display, 0, "cannot read: " + e.getMessage()));
            } catch (UncheckedIOException e) {
                errors.add(new ContentError(display, 0, "cannot read: " + e.getCause().getMessage()));
            }
        }
        Map<String, String> fileOfLevel = new HashMap<>();
        for (Lesson lesson : lessons) {
            for (String level : lesson.levelIds()) {
                String file = lesson.displayPath(LevelSpec.FOLDER + "/" + level + LevelSpec.SUFFIX);
                String earlier = fileOfLevel.putIfAbsent(level, file);
                if (earlier != null) {
                    errors.add(new ContentError(file, 0, "duplicate level id '" + level + "' (also " + earlier + ")"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        if (lessons.isEmpty()) {
            throw new ContentException(new ContentError(displayRoot, 0, "no lessons found"));
        }
        if (index != null) {
            index.save();
        }
        return new LessonCatalog(lessons);
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public List<String> ids() {
        return lessons.stream().map(Lesson::id).toList();
    }

    /** Every level of the scheduler game, in course order. */
    public List<LevelSpec> levels() {
        return lessons.stream().flatMap(l -> l.levels().stream()).toList();
    }

    /**
     * Finds a level by id or by a unique prefix of its id.
     *
     * @throws UnknownLessonException with suggestions when nothing or more than one level matches
     */
    public LevelSpec resolveLevel(String name) {
        String wanted = name.strip();
        List<LevelSpec> all = levels();
        for (LevelSpec level : all) {
            if (level.id().equals(wanted)) {
                return level;
            }
        }
        for (Lesson lesson : lessons) {
            List<ContentError> broken = lesson.levelErrors().stream()
                    .filter(e -> e.file().endsWith("/" + LevelSpec.FOLDER + "/" + wanted + LevelSpec.SUFFIX)).toList();
            if (!broken.isEmpty()) {
                throw new ContentException(broken); // the level is there, but broken: say how, not "unknown level"
            }
        }
        List<LevelSpec> prefixed = wanted.isEmpty() ? List.of() : all.stream().filter(l -> l.id().startsWith(wanted)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw new UnknownLessonException("level", name, prefixed.stream().map(LevelSpec::id).toList(),
                    "it matches more than one");
        }
        throw new UnknownLessonException("level", name, close(all.stream().map(LevelSpec::id).toList(), wanted), null);
    }

    private static List<String> close(List<String> ids, String wanted) {
        return ids.stream()
                .filter(id -> EditDistance.between(id, wanted.toLowerCase()) <= Math.max(2, id.length() / 3)
                        || (wanted.length() >= 3 && id.contains(wanted.toLowerCase())))
                .toList();
    }

    /**
     * Finds a lesson by id, by number or by a unique prefix of its id.
     *
     * @throws UnknownLessonException with suggestions when nothing or more than one lesson matches
     */
    public Lesson resolve(String name) {
        String wanted = name.strip();
        for (Lesson lesson : lessons) {
            if (lesson.id().equals(wanted)) {
                return lesson;
            }
        }
        if (wanted.matches("\\d{1,3}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= lessons.size()) {
                return lessons.get(number - 1);
            }
            throw new UnknownLessonException(name, List.of(), "there are lessons 1 to " + lessons.size());
        }
        List<Lesson> prefixed = wanted.isEmpty() ? List.of()
                : lessons.stream().filter(l -> l.id().startsWith(wanted)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.size() > 1) {
            throw new UnknownLessonException(name, prefixed.stream().map(Lesson::id).toList(), "it matches more than one");
        }
        throw new UnknownLessonException(name, close(ids(), wanted), null);
    }
}
