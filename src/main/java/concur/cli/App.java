package concur.cli;

import concur.catalog.Lesson;
import concur.catalog.LessonCatalog;
import concur.console.Console;
import concur.exercise.ExerciseCatalog;
import concur.progress.ProgressStore;
import concur.runner.ChildProcesses;
import concur.runner.DemoRunner;
import concur.verify.Verifier;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every command works with, built once by {@code Main} (or a test) and handed in: nothing is reached for
 * through a static.
 */
public final class App {
    private final Supplier<LessonCatalog> catalogLoader;
    private final Console console;
    private final ProgressStore progress;
    private final DemoRunner runner;
    private final Path stateDir;
    private final ClassLoader classes;
    private final Map<String, String> env;
    private LessonCatalog catalog;
    private ExerciseCatalog exercises;
    private Verifier verifier;
    private volatile boolean atHome;

    public App(Supplier<LessonCatalog> catalogLoader, Console console, Path stateDir, ClassLoader classes) {
        this(catalogLoader, console, stateDir, classes, System.getenv());
    }

    /** @param env the environment concur runs in (HOME, CONCUR_EXERCISES...), read once by Main or set by a test */
    public App(Supplier<LessonCatalog> catalogLoader, Console console, Path stateDir, ClassLoader classes,
            Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.catalogLoader = catalogLoader;
        this.console = console;
        this.stateDir = stateDir;
        this.classes = classes;
        this.progress = new ProgressStore(stateDir, console.err());
        this.runner = new DemoRunner(classes);
    }

    /** The course, loaded on first use. */
    public synchronized LessonCatalog catalog() {
        if (catalog == null) {
            catalog = catalogLoader.get();
        }
        return catalog;
    }

    /** Every lesson's exercises, loaded on first use. */
    public synchronized ExerciseCatalog exercises() {
        if (exercises == null) {
            exercises = ExerciseCatalog.load(catalog());
        }
        return exercises;
    }

    /** The exercise verifier: its child JVMs end with concur at the latest. */
    public synchronized Verifier verifier() {
        if (verifier == null) {
            verifier = new Verifier(new ChildProcesses());
        }
        return verifier;
    }

    public Lesson lesson(String name) {
        return catalog().resolve(name);
    }

    /**
     * A command as the learner would type it where they are: {@code concur learn locks} in a shell, {@code learn locks}
     * at the home's prompt. Every hint that names a command goes through here.
     */
    public String command(String words) {
        return atHome ? words : "concur " + words;
    }

    /** Whether commands run at the home's prompt. */
    boolean atHome() {
        return atHome;
    }

    /** Set by the home while its prompt runs commands, so that their hints name commands as typed there. */
    void atHome(boolean home) {
        atHome = home;
    }

    public Console console() {
        return console;
    }

    public ProgressStore progress() {
        return progress;
    }

    public DemoRunner runner() {
        return runner;
    }

    public Path stateDir() {
        return stateDir;
    }

    public Map<String, String> env() {
        return env;
    }

    public ClassLoader classes() {
        return classes;
    }
}
