package concur.support;

import concur.catalog.LessonCatalog;
import concur.cli.App;
import concur.console.Console;
import concur.console.Style;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** A console over in-memory streams, and an App over the fixture catalog, for tests of commands. */
public final class TestConsole {
    public static final Path FIXTURES = Path.of("src/test/fixtures/catalog");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Console console;

    public TestConsole(String input) {
        this(input, Style.PLAIN);
    }

    public TestConsole(String input, Style style) {
        this(input, style, false);
    }

    /** @param personAtKeyboard as if stdin were a terminal, without a JLine terminal */
    public TestConsole(String input, Style style, boolean personAtKeyboard) {
        console = new Console(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(input)), style, null, personAtKeyboard);
    }

    /**
     * A console with a JLine terminal of the given size over in-memory streams, as a person's colour terminal would
     * be: {@code keys} is what they type; what the terminal itself draws goes to {@link #screen()}.
     */
    public static TestConsole withTerminal(String keys, int columns, int rows) {
        return new TestConsole(keys, columns, rows);
    }

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private TestConsole(String keys, int columns, int rows) {
        Terminal terminal;
        try {
            // a DumbTerminal reads the keys as they come, with no line discipline in between, as raw mode would
            terminal = new DumbTerminal("test", "xterm-256color",
                    new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        terminal.setSize(new Size(columns, rows));
        console = new Console(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader("")), new Style(true, true), () -> terminal, true);
    }

    /** What the terminal drew (the line editor, the quiz picker), escapes and all. */
    public String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    public Console console() {
        return console;
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    public App app(Path stateDir) {
        return app(stateDir, FIXTURES);
    }

    public App app(Path stateDir, Path lessons) {
        return new App(() -> LessonCatalog.load(lessons, "lessons"), console, stateDir, TestConsole.class.getClassLoader());
    }

    /** An App that sees {@code env} as its environment (HOME, CONCUR_EXERCISES...) instead of the real one. */
    public App app(Path stateDir, Path lessons, java.util.Map<String, String> env) {
        return new App(() -> LessonCatalog.load(lessons, "lessons"), console, stateDir, TestConsole.class.getClassLoader(), env);
    }
}
