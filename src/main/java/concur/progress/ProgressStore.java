package concur.progress;

import concur.files.WholeFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps each learner's progress in {@code progress.properties} under the state folder.
 *
 * <p>Every change is a read-merge-write under a file lock, written to a temporary file and moved into place, so two
 * concur processes finishing lessons at once both keep their results and a crash never leaves half a file. A file
 * that cannot be read is set aside (renamed, never deleted) with a one-line warning, and concur goes on.
 */
public final class ProgressStore {
    static final String FILE = "progress.properties";
    /** Exercises have a file of their own, so progress files written before exercises existed stay as they were. */
    static final String EXERCISES_FILE = "exercises.properties";
    /**
     * Where each lesson was left off, in a file of its own: it changes at every section, and a concur that knows
     * nothing of it reads progress.properties as before.
     */
    static final String PLACES_FILE = "places.properties";
    private static final Pattern PLACE_KEY = Pattern.compile("lesson\\.([a-z][a-z0-9-]*)\\.part");
    private static final Pattern EXERCISE_KEY = Pattern.compile("exercise\\.([a-z][a-z0-9-]*)\\.(solved|attempts|hints-used|copy)");
    private static final String FORMAT_KEY = "format";
    private static final String FORMAT = "1";
    private static final Pattern KEY = Pattern.compile("lesson\\.([a-z][a-z0-9-]*)\\.(demo-seen|best-score|questions)");
    /** Levels of the scheduler game won; files written before the game have none and read as before. */
    private static final Pattern LEVEL_KEY = Pattern.compile("level\\.([a-z][a-z0-9-]*)\\.won");
    private final Path dir;
    private final PrintWriter warnings;

    public ProgressStore(Path dir, PrintWriter warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /** What the file holds: each lesson's progress and the levels won. */
    record Snapshot(Map<String, LessonProgress> lessons, Set<String> levelsWon) {
        static Snapshot empty() {
            return new Snapshot(new TreeMap<>(), new TreeSet<>());
        }
    }

    /** Every lesson's progress; lessons never started are absent. */
    public Map<String, LessonProgress> load() {
        return snapshot().lessons();
    }

    /** The ids of the scheduler-game levels won at least once. */
    public Set<String> levelsWon() {
        return snapshot().levelsWon();
    }

    private Snapshot snapshot() {
        try {
            return read();
        } catch (IOException e) {
            warnings.println("concur: warning: cannot read " + file() + " (" + reason(e) + "); progress is not shown");
            warnings.flush();
            return new Snapshot(Map.of(), Set.of());
        }
    }

    /** Records a level won. Returns false (after a warning) when the state folder cannot be written. */
    public boolean recordLevelWon(String levelId) {
        return updateSnapshot(all -> {
            all.levelsWon().add(levelId);
            return all;
        });
    }

    public LessonProgress of(String lessonId) {
        return load().getOrDefault(lessonId, LessonProgress.NONE);
    }

    /** Records a finished demo. Returns false (after a warning) when the state folder cannot be written. */
    public boolean recordDemoSeen(String lessonId) {
        return update(all -> {
            all.merge(lessonId, new LessonProgress(true, 0, 0), LessonProgress::merge);
            return all;
        });
    }

    public boolean recordQuiz(String lessonId, int score, int questions) {
        return update(all -> {
            all.merge(lessonId, new LessonProgress(false, score, questions), LessonProgress::merge);
            return all;
        });
    }

    /**
     * Forgets one lesson and the levels named, or everything (every lesson and level) when {@code lessonId} is null.
     */
    public boolean reset(String lessonId, Set<String> levelIds) {
        Map<String, Integer> places = places();
        if (lessonId == null ? !places.isEmpty() : places.containsKey(lessonId)) {
            locked(() -> {
                Map<String, Integer> left = places();
                if (lessonId == null) {
                    left.clear();
                } else {
                    left.remove(lessonId);
                }
                writePlaces(left);
            });
        }
        return updateSnapshot(all -> {
            if (lessonId == null) {
                all.lessons().clear();
                all.levelsWon().clear();
            } else {
                all.lessons().remove(lessonId);
                all.levelsWon().removeAll(levelIds);
            }
            return all;
        });
    }

    /**
     * The part of each lesson's prose where the learner stopped, for lessons left off before their quiz; lessons
     * finished or never started are absent. An unreadable file counts as none: a place is a convenience.
     */
    public Map<String, Integer> places() {
        Map<String, Integer> all = new TreeMap<>();
        Properties props = new Properties();
        try {
            props.load(new StringReader(Files.readString(dir.resolve(PLACES_FILE), StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return all;
        }
        for (String key : props.stringPropertyNames()) {
            Matcher m = PLACE_KEY.matcher(key);
            String value = props.getProperty(key).strip();
            if (m.matches() && value.matches("\\d{1,4}")) {
                all.put(m.group(1), Integer.parseInt(value));
            }
        }
        return all;
    }

    /** Where the learner is in a lesson: the index of its prose part; null forgets the place (the lesson ended). */
    public boolean recordPlace(String lessonId, Integer part) {
        return locked(() -> {
            Map<String, Integer> all = places();
            if (part == null) {
                if (all.remove(lessonId) == null) {
                    return;
                }
            } else {
                all.put(lessonId, part);
            }
            writePlaces(all);
        });
    }

    private void writePlaces(Map<String, Integer> all) throws IOException {
        StringBuilder sb = new StringBuilder("# where each lesson was left off: written by concur, safe to delete\n");
        all.forEach((id, part) -> sb.append("lesson.").append(id).append(".part=").append(part).append('\n'));
        WholeFile.replace(dir.resolve(PLACES_FILE), sb.toString());
    }

    /** Every exercise's progress; exercises never tried are absent. An unreadable file counts as none. */
    public Map<String, ExerciseProgress> exercises() {
        try {
            return parseExercises(Files.readString(dir.resolve(EXERCISES_FILE), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return new TreeMap<>();
        }
    }

    public ExerciseProgress exercise(String id) {
        return exercises().getOrDefault(id, ExerciseProgress.NONE);
    }

    /** Records one verification of the learner's working copy; once solved, it stays solved. */
    public boolean recordAttempt(String id, boolean solved) {
        return updateExercise(id, p -> new ExerciseProgress(p.solved() || solved, p.attempts() + 1, p.hintsUsed(), p.copy()));
    }

    /** Records that concur wrote this learner's working copy of the exercise at {@code copy}. */
    public boolean recordCopy(String id, Path copy) {
        return updateExercise(id, p -> p.withCopy(copy.toAbsolutePath().normalize().toString()));
    }

    /** Records that the learner has read {@code hintsUsed} hints (never fewer than before). */
    public boolean recordHints(String id, int hintsUsed) {
        return updateExercise(id, p -> new ExerciseProgress(p.solved(), p.attempts(), Math.max(p.hintsUsed(), hintsUsed), p.copy()));
    }

    private boolean updateExercise(String id, UnaryOperator<ExerciseProgress> change) {
        return locked(() -> {
            Map<String, ExerciseProgress> all = exercises();
            all.put(id, change.apply(all.getOrDefault(id, ExerciseProgress.NONE)));
            StringBuilder sb = new StringBuilder("# concur exercise progress: written by concur, safe to delete\n");
            for (Map.Entry<String, ExerciseProgress> e : all.entrySet()) {
                String prefix = "exercise." + e.getKey() + ".";
                sb.append(prefix).append("solved=").append(e.getValue().solved()).append('\n');
                sb.append(prefix).append("attempts=").append(e.getValue().attempts()).append('\n');
                sb.append(prefix).append("hints-used=").append(e.getValue().hintsUsed()).append('\n');
                if (!e.getValue().copy().isEmpty()) {
                    sb.append(prefix).append("copy=").append(escape(e.getValue().copy())).append('\n');
                }
            }
            WholeFile.replace(dir.resolve(EXERCISES_FILE), sb.toString());
        });
    }

    static Map<String, ExerciseProgress> parseExercises(String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed");
        }
        Map<String, ExerciseProgress> all = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            Matcher m = EXERCISE_KEY.matcher(key);
            if (!m.matches()) {
                continue; // a key a later concur wrote: kept out of the way, not an error
            }
            String value = props.getProperty(key).strip();
            ExerciseProgress p = all.getOrDefault(m.group(1), ExerciseProgress.NONE);
            p = switch (m.group(2)) {
                case "solved" -> new ExerciseProgress(bool(key, value), p.attempts(), p.hintsUsed(), p.copy());
                case "attempts" -> new ExerciseProgress(p.solved(), count(key, value), p.hintsUsed(), p.copy());
                case "copy" -> p.withCopy(props.getProperty(key));
                default -> new ExerciseProgress(p.solved(), p.attempts(), count(key, value), p.copy());
            };
            all.put(m.group(1), p);
        }
        return all;
    }

    /** A value as Properties reads it back: a path may hold a backslash, a leading space or a line break. */
    private static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case ' ' -> sb.append(i == 0 ? "\\ " : " ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private interface Change {
        void run() throws IOException;
    }

    /** Forgets one lesson, or everything when {@code lessonId} is null. */
    public boolean reset(String lessonId) {
        return reset(lessonId, Set.of());
    }

    private boolean update(UnaryOperator<Map<String, LessonProgress>> change) {
        return updateSnapshot(all -> new Snapshot(change.apply(all.lessons()), all.levelsWon()));
    }

    private boolean updateSnapshot(UnaryOperator<Snapshot> change) {
        return locked(() -> write(change.apply(read())));
    }

    /** Runs a read-merge-write under the state folder's lock; false (after a warning) when it cannot be written. */
    private boolean locked(Change change) {
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(FILE + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock(); // released when the channel closes
                change.run();
                lock.release();
            }
            return true;
        } catch (IOException e) {
            warnings.println("concur: warning: cannot save progress in " + dir + " (" + reason(e) + "); the lesson goes on");
            warnings.flush();
            return false;
        }
    }

    private Snapshot read() throws IOException {
        Path file = file();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Snapshot.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            return setAside("it is not text");
        }
        try {
            return parseAll(text);
        } catch (IllegalArgumentException e) {
            return setAside(e.getMessage());
        }
    }

    private Snapshot setAside(String why) throws IOException {
        Path file = file();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(FILE + ".corrupt-" + stamp);
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        warnings.println("concur: warning: " + file + " was unreadable (" + why + "); kept it as " + aside.getFileName()
                + " and started afresh");
        warnings.flush();
        return Snapshot.empty();
    }

    static Map<String, LessonProgress> parse(String text) {
        return parseAll(text).lessons();
    }

    static Snapshot parseAll(String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed");
        }
        if (!FORMAT.equals(props.getProperty(FORMAT_KEY))) {
            throw new IllegalArgumentException("no '" + FORMAT_KEY + "=" + FORMAT + "' line");
        }
        Map<String, LessonProgress> all = new TreeMap<>();
        Set<String> levels = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.equals(FORMAT_KEY)) {
                continue;
            }
            Matcher level = LEVEL_KEY.matcher(key);
            if (level.matches()) {
                if (bool(key, props.getProperty(key).strip())) {
                    levels.add(level.group(1));
                }
                continue;
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            String value = props.getProperty(key).strip();
            LessonProgress p = all.getOrDefault(m.group(1), LessonProgress.NONE);
            p = switch (m.group(2)) {
                case "demo-seen" -> new LessonProgress(bool(key, value), p.bestScore(), p.questions());
                case "best-score" -> new LessonProgress(p.demoSeen(), count(key, value), p.questions());
                default -> new LessonProgress(p.demoSeen(), p.bestScore(), count(key, value));
            };
            all.put(m.group(1), p);
        }
        for (Map.Entry<String, LessonProgress> e : all.entrySet()) {
            if (e.getValue().bestScore() > e.getValue().questions()) {
                throw new IllegalArgumentException("lesson " + e.getKey() + " scored more than its questions");
            }
        }
        return new Snapshot(all, levels);
    }

    private static boolean bool(String key, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " is not true or false");
        };
    }

    private static int count(String key, String value) {
        if (!value.matches("\\d{1,4}")) {
            throw new IllegalArgumentException(key + " is not a small whole number");
        }
        return Integer.parseInt(value);
    }

    private void write(Snapshot snapshot) throws IOException {
        StringBuilder sb = new StringBuilder("# concur progress: written by concur, safe to delete\n");
        sb.append(FORMAT_KEY).append('=').append(FORMAT).append('\n');
        for (Map.Entry<String, LessonProgress> e : new TreeMap<>(snapshot.lessons()).entrySet()) {
            LessonProgress p = e.getValue();
            String prefix = "lesson." + e.getKey() + ".";
            sb.append(prefix).append("demo-seen=").append(p.demoSeen()).append('\n');
            sb.append(prefix).append("best-score=").append(p.bestScore()).append('\n');
            sb.append(prefix).append("questions=").append(p.questions()).append('\n');
        }
        for (String level : new TreeSet<>(snapshot.levelsWon())) {
            sb.append("level.").append(level).append(".won=true\n");
        }
        WholeFile.replace(file(), sb.toString());
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
