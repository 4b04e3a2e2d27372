package concur.support;

import concur.catalog.LessonCatalog;
import concur.cli.App;
import concur.console.Console;
import concur.console.Style;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

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
}
