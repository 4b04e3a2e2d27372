package concur.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A level of the scheduler game as the catalog knows it: its header (title, goal, where the lesson shows the same bug)
 * read at load without parsing any Java, and where its Java part starts. The Java is parsed by {@code concur.game}
 * only when the level is played or checked, so listing the course never loads a Java parser.
 *
 * <p>A level file is {@code levels/<id>.level} under its lesson folder: a few {@code key: value} lines, a line
 * {@code ---}, then one Java class whose fields are the shared state and whose methods are the threads.
 *
 * @param id       the level's id: its file name without {@code .level}
 * @param lessonId the lesson whose folder holds it
 * @param title    a few words, shown in lists
 * @param goal     the goal in one sentence, shown to the player
 * @param explain  what a win shows: the bug, in a sentence or two, said when the player wins
 * @param win      the winning condition: a Java boolean expression over the shared fields
 * @param winLine  the line of {@code win:} in the file
 * @param section  the heading of the lesson section that shows the same bug on real threads
 * @param sectionLine the line of {@code section:} in the file
 * @param file     how errors name the file, such as lessons/03-locks/levels/lost-update.level
 * @param javaLine the file line where the Java part starts (its first line is line 1 for a Java parser)
 * @param tso      true when the header says {@code memory: tso}: each thread writes through a store buffer of its own
 */
public record LevelSpec(String id, String lessonId, String title, String goal, String explain, String win, int winLine, String section,
        int sectionLine, String file, Path path, int javaLine,
        boolean tso) {
    static final String FOLDER = "levels";
    static final String SUFFIX = ".level";
    private static final Set<String> KEYS = Set.of("title", "goal", "explain", "win", "section", "memory");

    /** The Java part of the file, with the header lines blanked so that its line numbers are the file's. */
    public String java() {
        String text = read(path);
        String[] lines = text.split("\n", -1);
        StringBuilder java = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            java.append(i + 1 < javaLine ? "" : lines[i]).append('\n');
        }
        return java.toString();
    }

    /** Every line of the file, for showing the threads' code as written. */
    public String[] lines() {
        return read(path).split("\n", -1);
    }

    /** Reads a level file's header; {@code displayFolder} is how errors name the folder that holds levels/. */
    public static LevelSpec load(Path path, String lessonId, String displayFolder) {
        return read(path, lessonId, displayFolder + "/" + FOLDER + "/" + path.getFileName());
    }

    /**
     * Reads a level file of an instructor's own, outside any lesson: errors name it as {@code display}.
     *
     * @throws ContentException when it is missing, misnamed or broken
     */
    public static LevelSpec loadFile(Path path, String display) {
        if (!path.getFileName().toString().endsWith(SUFFIX)) {
            throw new ContentException(new ContentError(display, 0, "a level file's name ends in " + SUFFIX));
        }
        if (!Files.isRegularFile(path)) {
            throw new ContentException(new ContentError(display, 0, "no such file"));
        }
        return read(path, "", display);
    }

    /** What a level file whose id breaks the rule is told. */
    public static String idRule(String name) {
        return "an id is lower-case words joined by '-', starting with a letter: rename " + name + " (such as"
                + " lost-update" + SUFFIX + ")";
    }

    private static LevelSpec read(Path path, String lessonId, String file) {
        String name = path.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        if (!LessonLoader.DEMO_ID.matcher(id).matches()) {
            throw new ContentException(new ContentError(file, 0, idRule(name)));
        }
        String text = read(path);
        String[] lines = text.split("\n", -1);
        int separator = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            throw new ContentException(new ContentError(file, 1,
                    "a level starts with title, goal, explain, win and section lines, then a line '---', then its Java class"));
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < separator; i++) {
            header.append(lines[i]).append('\n');
        }
        YamlNode root = YamlNode.parse(file, header.toString());
        Map<String, YamlNode> entries = root.map("a level header", KEYS);
        String title = YamlNode.required(entries, "title", root, "a level header").text("the title");
        String goal = YamlNode.required(entries, "goal", root, "a level header").text("the goal");
        String explain = YamlNode.required(entries, "explain", root, "a level header").text("the explanation");
        YamlNode winNode = YamlNode.required(entries, "win", root, "a level header");
        String win = winNode.text("the winning condition");
        YamlNode sectionNode = YamlNode.required(entries, "section", root, "a level header");
        String section = sectionNode.text("the section");
        boolean tso = false;
        if (entries.containsKey("memory")) {
            YamlNode memory = entries.get("memory");
            String model = memory.text("the memory model");
            if (!model.equals("tso") && !model.equals("sc")) {
                throw new ContentException(new ContentError(file, memory.line(),
                        "memory is 'sc' (every write seen at once, the default) or 'tso' (a store buffer per thread), not '"
                                + model + "'"));
            }
            tso = model.equals("tso");
        }
        return new LevelSpec(id, lessonId, title, goal, explain, win, winNode.line(), section, sectionNode.line(), file, path,
                separator + 2, tso);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
