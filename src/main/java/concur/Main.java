package concur;

import concur.catalog.LessonCatalog;
import concur.cli.App;
import concur.cli.Commands;
import concur.console.Console;
import concur.console.Style;
import concur.console.QuickTerminal;
import concur.console.TerminfoCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.Signals;

/** The entry point: reads the environment once, builds the console and the app, and alone calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Lessons are in English, and their checks read the figures demos print: 1,000,000 and 44.1, everywhere.
        java.util.Locale.setDefault(java.util.Locale.US);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        Map<String, String> env = System.getenv();
        boolean stdinTty = isTerminal(SystemStream.Input);
        boolean stdoutTty = isTerminal(SystemStream.Output);
        Style style = Style.detect(env, stdoutTty, stdout.charset().equals(java.nio.charset.StandardCharsets.UTF_8));
        boolean drivable = stdinTty && stdoutTty && style.color();
        Path state = stateDir(env);
        Supplier<Terminal> terminal = drivable ? () -> systemTerminal(new TerminfoCache(state), env.get("TERM")) : null;
        if (terminal != null && args.length == 0) {
            terminal = buildingAlready(terminal);
        }
        Console console = new Console(
                new PrintWriter(new OutputStreamWriter(stdout, stdout.charset()), true),
                new PrintWriter(new OutputStreamWriter(stderr, stderr.charset()), true),
                new BufferedReader(new InputStreamReader(System.in, stdout.charset())),
                style,
                terminal,
                stdinTty);
        App app = new App(Main::bundledCatalog, console, state, Main.class.getClassLoader(), env);
        int code;
        try {
            code = Commands.execute(app, args);
        } finally {
            console.close();
        }
        if (Boolean.getBoolean("concur.train")) {
            trainInteractivePath();
        }
        System.exit(code);
    }

    /**
     * For the launcher's start-up cache training run, which has no terminal: loads what the interactive home loads
     * (a JLine terminal and line reader), over in-memory streams, so those classes are cached too.
     */
    private static void trainInteractivePath() {
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new java.io.ByteArrayInputStream("list\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        java.io.OutputStream.nullOutputStream())
                .size(new org.jline.terminal.Size(80, 24)).build()) {
            org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build().readLine("concur> ");
            org.jline.utils.Status.getStatus(terminal, true);
        } catch (IOException | RuntimeException e) {
            // training is best effort: a missed class only costs start-up time
        }
    }

    /** The launcher says which streams are terminals; without it, JLine's native check is asked. */
    private static boolean isTerminal(SystemStream stream) {
        String fromLauncher = System.getProperty("concur.tty");
        if (fromLauncher != null) {
            return fromLauncher.contains(stream == SystemStream.Input ? "in" : "out");
        }
        try {
            return TerminalProvider.load("jni").isSystemStream(stream);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * The home's first screen needs the terminal, and building it (JLine parses the terminal's capabilities, loads
     * its native library) takes longer than loading the course: it is started now on a thread of its own, and the
     * terminal is taken from there when first needed. Nothing is printed before then, so nothing can interleave.
     */
    private static Supplier<Terminal> buildingAlready(Supplier<Terminal> build) {
        FutureTask<Terminal> building = new FutureTask<>(build::get);
        Thread builder = new Thread(building, "concur-terminal");
        builder.setDaemon(true);
        builder.start();
        // Meanwhile, what the home does first with its terminal costs most the first time in a JVM: setting a signal
        // handler (for Ctrl-C) makes a proxy class and reflects on sun.misc.Signal, about 20 ms here. Done now,
        // with a handler for a resize that is put back at once.
        Object resize = Signals.register("WINCH", () -> { });
        Signals.unregister("WINCH", resize);
        return () -> {
            try {
                return building.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                return null; // as systemTerminal: no terminal, and the home reads lines
            }
        };
    }

    private static Terminal systemTerminal(TerminfoCache terminfo, String term) {
        terminfo.offer(term);
        Terminal terminal = null;
        if (term != null && !term.isBlank()) {
            try {
                terminal = QuickTerminal.open(term);
            } catch (IOException | RuntimeException | LinkageError e) {
                terminal = null; // JLine's own builder below
            }
        }
        if (terminal == null) {
            try {
                // The encoding JLine would pick itself (the default charset), named: its own look-up tries Windows
                // code pages first, which loads every extended charset. No native signal handlers until one is set:
                // JLine would otherwise register the default for each signal up front, by reflection.
                terminal = TerminalBuilder.builder().system(true).nativeSignals(false).provider("jni")
                        .encoding(java.nio.charset.Charset.defaultCharset()).build();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        terminfo.keep(term);
        return terminal;
    }

    /** $XDG_STATE_HOME/concur, or ~/.local/state/concur. */
    static Path stateDir(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "concur");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "state", "concur");
    }

    /** The lessons shipped inside the jar (or in target/classes when run from the build). */
    private static LessonCatalog bundledCatalog() {
        String folder = System.getProperty("concur.lessons", "");
        if (!folder.isEmpty() && Files.isDirectory(Path.of(folder))) {
            // the launcher's: the very files the jar was built from (it rebuilds when one changes), read without
            // opening the jar as a file system; with the index the launcher names, list parses no YAML
            String index = System.getProperty("concur.index", "");
            return LessonCatalog.load(Path.of(folder), "lessons", index.isEmpty() ? null : Path.of(index));
        }
        URL url = Main.class.getResource("/lessons");
        if (url == null) {
            throw new IllegalStateException("this build of concur has no lessons in it");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                FileSystem zip = FileSystems.newFileSystem(jar);
                return LessonCatalog.load(zip.getPath("/lessons"), "lessons");
            }
            return LessonCatalog.load(Path.of(url.toURI()), "lessons");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Supplier<LessonCatalog> catalogFrom(Path root) {
        return () -> LessonCatalog.load(root, root.getFileName().toString());
    }
}
