package concur.catalog;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The full check of a lesson's content, beyond what loading needs: prose, quiz, demo and check classes, and no
 * file that nothing refers to. {@code concur check} runs it before any demo.
 */
public final class ContentValidator {
    private final ClassLoader classes;
    private final Class<?> checkInterface;

    /**
     * @param classes        where demo and check classes are looked up
     * @param checkInterface the interface a lesson's check class must implement
     */
    public ContentValidator(ClassLoader classes, Class<?> checkInterface) {
        this.classes = classes;
        this.checkInterface = checkInterface;
    }

    public List<ContentError> validate(Lesson lesson) {
        List<ContentError> errors = new ArrayList<>();
        String meta = lesson.displayPath(LessonLoader.META_FILE);
        try {
            Prose prose = lesson.prose();
            Set<String> run = new HashSet<>();
            prose.demoRuns().forEach(r -> run.add(r.demoId()));
            for (DemoSpec demo : lesson.demos()) {
                if (!run.contains(demo.id())) {
                    errors.add(new ContentError(meta, demo.line(), "demo '" + demo.id() + "' is never run: add a line '@run "
                            + demo.id() + "' to " + Lesson.PROSE_FILE));
                }
            }
        } catch (ContentException e) {
            errors.addAll(e.errors());
        }
        try {
            lesson.quiz();
        } catch (ContentException e) {
            errors.addAll(e.errors());
        }
        checkLevels(lesson, errors);
        // the exercises folder is checked on its own, exercise by exercise (concur.exercise)
        Set<String> known = new HashSet<>(Set.of(LessonLoader.META_FILE, Lesson.PROSE_FILE, Lesson.QUIZ_FILE,
                Lesson.EXERCISES_FOLDER));
        if (!lesson.levels().isEmpty() || !lesson.levelErrors().isEmpty()) {
            known.add(LevelSpec.FOLDER);
        }
        for (DemoSpec demo : lesson.demos()) {
            known.add(demo.simpleName() + ".java");
            checkDemoClass(meta, demo, errors);
            demo.checkClass().ifPresent(name -> {
                known.add(name.substring(name.lastIndexOf('.') + 1) + ".java");
                checkCheckClass(meta, demo.line(), name, errors);
            });
        }
        for (String file : known) {
            if (file.endsWith(".java") && !Files.isRegularFile(lesson.folder().resolve(file))) {
                errors.add(new ContentError(lesson.displayPath(file), 0, "missing file: lesson.yaml names its class"));
            }
        }
        try (Stream<Path> files = Files.list(lesson.folder())) {
            files.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(name -> !known.contains(name))
                    .sorted()
                    .forEach(name -> errors.add(new ContentError(lesson.displayPath(name), 0,
                            "nothing refers to this file (lesson.yaml names the demo and check classes)")));
        } catch (IOException e) {
            errors.add(new ContentError(meta, 0, "cannot list the lesson folder: " + e.getMessage()));
        }
        return errors;
    }

    /** Each level is offered by the prose and points at a section of it; its Java is checked by concur.game. */
    private static void checkLevels(Lesson lesson, List<ContentError> errors) {
        errors.addAll(lesson.levelErrors());
        Prose prose;
        try {
            prose = lesson.prose();
        } catch (ContentException e) {
            return; // already reported
        }
        Set<String> played = new HashSet<>();
        prose.levelPlays().forEach(p -> played.add(p.levelId()));
        List<String> headings = prose.parts().stream()
                .filter(Prose.Text.class::isInstance)
                .flatMap(p -> ((Prose.Text) p).markdown().lines())
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").strip())
                .toList();
        for (LevelSpec level : lesson.levels()) {
            if (!played.contains(level.id())) {
                errors.add(new ContentError(level.file(), 0, "level '" + level.id() + "' is never offered: add a line '@play "
                        + level.id() + "' to " + Lesson.PROSE_FILE));
            }
            if (!headings.contains(level.section())) {
                errors.add(new ContentError(level.file(), level.sectionLine(), "section '" + level.section()
                        + "' is not a heading of " + Lesson.PROSE_FILE));
            }
        }
    }

    private void checkDemoClass(String meta, DemoSpec demo, List<ContentError> errors) {
        Class<?> type = load(meta, demo.line(), demo.className(), errors);
        if (type == null) {
            return;
        }
        try {
            Method main = type.getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                errors.add(new ContentError(meta, demo.line(), demo.className() + ".main must be static"));
            }
        } catch (NoSuchMethodException e) {
            errors.add(new ContentError(meta, demo.line(), demo.className() + " has no public static void main(String[])"));
        }
    }

    private void checkCheckClass(String meta, int line, String name, List<ContentError> errors) {
        Class<?> type = load(meta, line, name, errors);
        if (type == null) {
            return;
        }
        if (!checkInterface.isAssignableFrom(type)) {
            errors.add(new ContentError(meta, line, name + " does not implement " + checkInterface.getName()));
            return;
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            errors.add(new ContentError(meta, line, name + " needs a public no-argument constructor"));
        }
    }

    private Class<?> load(String meta, int line, String name, List<ContentError> errors) {
        try {
            return Class.forName(name, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            errors.add(new ContentError(meta, line, "class " + name + " does not exist (is its package right?)"));
            return null;
        }
    }
}
