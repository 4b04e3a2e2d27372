package concur.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Reads one lesson folder's lesson.yaml: the cheap part that listing the course needs. */
final class LessonLoader {
    static final String META_FILE = "lesson.yaml";
    static final Pattern FOLDER = Pattern.compile("(\\d{2})-([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
    static final Pattern DEMO_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    static final Pattern CLASS_NAME = Pattern.compile("[a-zA-Z_$][\\w$]*(\\.[a-zA-Z_$][\\w$]*)+");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Set<String> KEYS = Set.of("title", "summary", "timeout", "demos");
    private static final Set<String> DEMO_KEYS = Set.of("id", "title", "class", "check", "process", "stop-after",
            "outcomes");
    private static final Set<String> OUTCOME_KEYS = Set.of("line", "grades", "predict", "count", "unit");
    private static final Set<String> RULE_KEYS = Set.of("is", "below", "above", "grade", "means");

    private LessonLoader() {}

    /** Loads a lesson folder, parsing every file that listing or checking the course needs. */
    static Lesson load(Path folder, String displayFolder, int number) throws IOException {
        return load(folder, displayFolder, number, null);
    }

    /**
     * Loads a lesson folder. When {@code index} has an entry for its lesson.yaml as it is now, the title and summary
     * come from there and the rest (demos, timeout, levels) is parsed the first time it is used; otherwise all of it
     * is parsed now, and recorded in the index.
     */
    static Lesson load(Path folder, String displayFolder, int number, LessonIndex index) throws IOException {
        String name = folder.getFileName().toString().replace("/", "");
        Matcher m = FOLDER.matcher(name);
        if (!m.matches()) {
            throw new ContentException(new ContentError(displayFolder, 0,
                    "a lesson folder is named NN-id, such as 01-basics"));
        }
        String id = m.group(2);
        Path meta = folder.resolve(META_FILE);
        if (!Files.isRegularFile(meta)) {
            throw new ContentException(new ContentError(displayFolder + "/" + META_FILE, 0, "missing file"));
        }
        List<String> levelIds = levelIds(folder, displayFolder);
        String stamp = index == null ? null : LessonIndex.stamp(meta);
        Optional<LessonIndex.Entry> indexed = index == null ? Optional.empty() : index.fresh(name, stamp);
        if (indexed.isPresent()) {
            return new Lesson(id, number, indexed.get().title(), indexed.get().summary(), levelIds, folder, displayFolder,
                    () -> parse(folder, displayFolder, id, levelIds).details());
        }
        Parsed parsed = parse(folder, displayFolder, id, levelIds);
        if (index != null) {
            index.put(name, new LessonIndex.Entry(stamp, parsed.title(), parsed.summary()));
        }
        Lesson.Details details = parsed.details();
        return new Lesson(id, number, parsed.title(), parsed.summary(), levelIds, folder, displayFolder, () -> details);
    }

    /** What a lesson folder's lesson.yaml and level files say. */
    private record Parsed(String title, String summary, Lesson.Details details) {}

    private static Parsed parse(Path folder, String displayFolder, String id, List<String> levelIds) {
        String file = displayFolder + "/" + META_FILE;
        YamlNode root = YamlNode.parse(file, Lesson.read(folder.resolve(META_FILE), file));
        Map<String, YamlNode> entries = root.map("lesson.yaml", KEYS);
        String title = YamlNode.required(entries, "title", root, "lesson.yaml").text("the title");
        String summary = YamlNode.required(entries, "summary", root, "lesson.yaml").text("the summary");
        Duration timeout = entries.containsKey("timeout") ? duration(entries.get("timeout"), "the timeout") : DEFAULT_TIMEOUT;
        List<DemoSpec> demos = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        YamlNode demoList = YamlNode.required(entries, "demos", root, "lesson.yaml");
        for (YamlNode item : demoList.list("'demos'")) {
            DemoSpec demo = demo(item);
            if (!ids.add(demo.id())) {
                throw item.error("duplicate demo id '" + demo.id() + "'");
            }
            demos.add(demo);
        }
        if (demos.isEmpty()) {
            throw demoList.error("a lesson needs at least one demo");
        }
        List<ContentError> levelErrors = new ArrayList<>();
        List<LevelSpec> levels = levels(folder, id, displayFolder, levelIds, levelErrors);
        return new Parsed(title, summary, new Lesson.Details(timeout, demos, levels, levelErrors));
    }

    /**
     * The ids of the levels in the lesson's levels folder, from the file names alone.
     *
     * @throws ContentException naming every file there that is not a level file with a valid id
     */
    private static List<String> levelIds(Path folder, String displayFolder) throws IOException {
        Path dir = folder.resolve(LevelSpec.FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String display = displayFolder + "/" + LevelSpec.FOLDER + "/" + name;
                if (!name.endsWith(LevelSpec.SUFFIX)) {
                    errors.add(new ContentError(display, 0,
                            "only level files, named <id>" + LevelSpec.SUFFIX + ", belong in " + LevelSpec.FOLDER + "/"));
                    continue;
                }
                String id = name.substring(0, name.length() - LevelSpec.SUFFIX.length());
                if (!DEMO_ID.matcher(id).matches()) {
                    continue; // reported with the lesson's other broken levels (see levels), not breaking the course
                }
                ids.add(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return ids;
    }

    /**
     * The headers of the lesson's levels, by id (see {@link #levelIds}); the Java in them is not parsed here. A level
     * file that cannot be read is left out, its errors added to {@code errors}, so that one broken level breaks
     * neither its lesson nor the course.
     */
    private static List<LevelSpec> levels(Path folder, String lessonId, String displayFolder, List<String> ids,
            List<ContentError> errors) {
        List<LevelSpec> levels = new ArrayList<>();
        Path dir = folder.resolve(LevelSpec.FOLDER);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(LevelSpec.SUFFIX)
                            && !DEMO_ID.matcher(name.substring(0, name.length() - LevelSpec.SUFFIX.length())).matches()) {
                        errors.add(new ContentError(displayFolder + "/" + LevelSpec.FOLDER + "/" + name, 0,
                                LevelSpec.idRule(name)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String id : ids) {
            try {
                levels.add(LevelSpec.load(dir.resolve(id + LevelSpec.SUFFIX), lessonId, displayFolder));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            }
        }
        return levels;
    }

    private static DemoSpec demo(YamlNode item) {
        Map<String, YamlNode> d = item.map("a demo", DEMO_KEYS);
        YamlNode idNode = YamlNode.required(d, "id", item, "a demo");
        String id = idNode.text("the demo id");
        if (!DEMO_ID.matcher(id).matches()) {
            throw idNode.error("a demo id is lower-case words joined by '-', not '" + id + "'");
        }
        String title = YamlNode.required(d, "title", item, "a demo").text("the demo title");
        String className = className(YamlNode.required(d, "class", item, "a demo"));
        Optional<String> check = d.containsKey("check") ? Optional.of(className(d.get("check"))) : Optional.empty();
        DemoSpec.DemoProcess process = DemoSpec.DemoProcess.IN_PROCESS;
        if (d.containsKey("process")) {
            String value = d.get("process").text("the process");
            process = switch (value) {
                case "in-process" -> DemoSpec.DemoProcess.IN_PROCESS;
                case "child-jvm" -> DemoSpec.DemoProcess.CHILD_JVM;
                default -> throw d.get("process").error("process is in-process or child-jvm, not '" + value + "'");
            };
        }
        Optional<Duration> stopAfter = Optional.empty();
        if (d.containsKey("stop-after")) {
            if (process != DemoSpec.DemoProcess.CHILD_JVM) {
                throw d.get("stop-after").error("stop-after is only for demos with process: child-jvm");
            }
            stopAfter = Optional.of(duration(d.get("stop-after"), "stop-after"));
        }
        Optional<Outcomes> outcomes = d.containsKey("outcomes") ? Optional.of(outcomes(d.get("outcomes"))) : Optional.empty();
        return new DemoSpec(id, title, className, check, process, stopAfter, outcomes, item.line());
    }

    private static Outcomes outcomes(YamlNode node) {
        Map<String, YamlNode> o = node.map("'outcomes'", OUTCOME_KEYS);
        YamlNode lineNode = YamlNode.required(o, "line", node, "'outcomes'");
        Pattern line;
        try {
            line = Pattern.compile(lineNode.text("the outcome line"));
        } catch (PatternSyntaxException e) {
            throw lineNode.error("the outcome line is not a valid regular expression: " + e.getDescription());
        }
        if (line.matcher("").groupCount() < 1) {
            throw lineNode.error("the outcome line needs a group, ( ), around the outcome it reads");
        }
        YamlNode gradeList = YamlNode.required(o, "grades", node, "'outcomes'");
        List<Outcomes.Rule> rules = new ArrayList<>();
        for (YamlNode item : gradeList.list("'grades'")) {
            rules.add(rule(item));
        }
        if (rules.isEmpty()) {
            throw gradeList.error("'grades' needs at least one rule");
        }
        Optional<String> predict = o.containsKey("predict") ? Optional.of(o.get("predict").text("the prediction question"))
                : Optional.empty();
        if (predict.isPresent() && rules.size() < 2) {
            throw o.get("predict").error("a prediction needs at least two rules in 'grades' to choose from");
        }
        int countGroup = 0;
        if (o.containsKey("count")) {
            YamlNode countNode = o.get("count");
            String text = countNode.text("the count group");
            if (!text.matches("[1-9]\\d?") || Integer.parseInt(text) > line.matcher("").groupCount()
                    || Integer.parseInt(text) == 1) {
                throw countNode.error("count is the number of the line's group that holds how many trials the line"
                        + " stands for: 2 or more, and the line has " + line.matcher("").groupCount() + " groups");
            }
            countGroup = Integer.parseInt(text);
        }
        String unit = "trial";
        if (o.containsKey("unit")) {
            unit = o.get("unit").text("the unit");
            if (!unit.matches("[a-z]+")) {
                throw o.get("unit").error("unit is one lower-case word, what one trial is called, such as pair");
            }
        }
        return new Outcomes(line, rules, predict, countGroup, unit);
    }

    private static Outcomes.Rule rule(YamlNode item) {
        Map<String, YamlNode> r = item.map("a grade rule", RULE_KEYS);
        List<String> tests = Stream.of("is", "below", "above").filter(r::containsKey).toList();
        if (tests.size() != 1) {
            throw item.error("a grade rule has exactly one of is, below or above");
        }
        String key = tests.get(0);
        String value = r.get(key).text("'" + key + "'");
        if (!key.equals("is") && Question.Typed.parseNumber(value) == null) {
            throw r.get(key).error("'" + key + "' takes a number, not '" + value + "'");
        }
        YamlNode gradeNode = YamlNode.required(r, "grade", item, "a grade rule");
        String gradeText = gradeNode.text("the grade");
        Outcomes.Grade grade = Stream.of(Outcomes.Grade.values()).filter(g -> g.word().equals(gradeText)).findFirst()
                .orElseThrow(() -> gradeNode.error("a grade is expected, surprising or wrong, not '" + gradeText + "'"));
        String means = YamlNode.required(r, "means", item, "a grade rule").text("what the outcome means");
        return new Outcomes.Rule(Outcomes.Test.valueOf(key.toUpperCase(java.util.Locale.ROOT)), value, grade, means);
    }

    private static String className(YamlNode node) {
        String name = node.text("a class name");
        if (!CLASS_NAME.matcher(name).matches()) {
            throw node.error("'" + name + "' is not a fully qualified Java class name");
        }
        return name;
    }

    private static Duration duration(YamlNode node, String what) {
        String text = node.text(what);
        Duration d;
        try {
            d = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.error(what + " is a duration such as 10s or 500ms, not '" + text + "'");
        }
        if (d.isZero()) {
            throw node.error(what + " must be more than zero");
        }
        return d;
    }
}
