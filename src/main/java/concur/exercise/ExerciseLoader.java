package concur.exercise;

import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks one exercise folder: its exercise.yaml and the Java files it names. */
final class ExerciseLoader {
    static final String META_FILE = "exercise.yaml";
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern JAVA_FILE = Pattern.compile("[A-Z][A-Za-z0-9]*\\.java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^\\s*public\\s+(?:final\\s+|abstract\\s+)*class\\s+(\\w+)");
    private static final Set<String> KEYS = Set.of("title", "file", "scenario", "task", "hints", "why");

    private ExerciseLoader() {}

    static Exercise load(Path folder, String displayFolder, String lessonId) throws IOException {
        String id = folder.getFileName().toString().replace("/", "");
        if (!ID.matcher(id).matches()) {
            throw new ContentException(new ContentError(displayFolder, 0,
                    "an exercise folder is named by its id, lower-case words joined by '-', not '" + id + "'"));
        }
        String metaFile = displayFolder + "/" + META_FILE;
        Path meta = folder.resolve(META_FILE);
        if (!Files.isRegularFile(meta)) {
            throw new ContentException(new ContentError(metaFile, 0, "missing file"));
        }
        YamlNode root = YamlNode.parse(metaFile, Files.readString(meta, StandardCharsets.UTF_8));
        Map<String, YamlNode> entries = root.map(META_FILE, KEYS);
        String title = YamlNode.required(entries, "title", root, META_FILE).text("the title");
        String file = javaFile(YamlNode.required(entries, "file", root, META_FILE), "the learner's file");
        String scenario = javaFile(YamlNode.required(entries, "scenario", root, META_FILE), "the scenario file");
        String task = YamlNode.required(entries, "task", root, META_FILE).text("the task");
        String why = YamlNode.required(entries, "why", root, META_FILE).text("the why");
        YamlNode hintList = YamlNode.required(entries, "hints", root, META_FILE);
        List<String> hints = new ArrayList<>();
        for (YamlNode hint : hintList.list("'hints'")) {
            hints.add(hint.text("a hint"));
        }
        if (hints.size() < 2 || hints.size() > 3) {
            throw hintList.error("an exercise has two or three hints, from a nudge to nearly the answer, not " + hints.size());
        }
        Exercise exercise = new Exercise(id, lessonId, title, file, scenario, task, hints, why, folder, displayFolder);
        List<ContentError> errors = new ArrayList<>();
        checkClass(exercise, file, exercise.className(), errors);
        checkClass(exercise, Exercise.SOLUTION_FOLDER + "/" + file, exercise.className(), errors);
        checkClass(exercise, scenario, exercise.scenarioClass(), errors);
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return exercise;
    }

    private static String javaFile(YamlNode node, String what) {
        String name = node.text(what);
        if (!JAVA_FILE.matcher(name).matches()) {
            throw node.error(what + " is a Java file name such as Counter.java, not '" + name + "'");
        }
        return name;
    }

    /** A working copy is plain Java: one public class named as its file, in the default package. */
    private static void checkClass(Exercise exercise, String file, String className, List<ContentError> errors) {
        String display = exercise.displayPath(file);
        Path path = exercise.folder().resolve(file);
        if (!Files.isRegularFile(path)) {
            errors.add(new ContentError(display, 0, "missing file"));
            return;
        }
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new ContentError(display, 0, "cannot read: " + e.getMessage()));
            return;
        }
        Matcher pkg = PACKAGE.matcher(source);
        if (pkg.find()) {
            errors.add(new ContentError(display, lineOf(source, pkg.start()), "an exercise's class is in the default package: no package line"));
        }
        Matcher cls = PUBLIC_CLASS.matcher(source);
        if (!cls.find()) {
            errors.add(new ContentError(display, 0, "no public class " + className));
        } else if (!cls.group(1).equals(className)) {
            errors.add(new ContentError(display, lineOf(source, cls.start(1)),
                    "the public class is " + cls.group(1) + ", but the file is named for " + className));
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
