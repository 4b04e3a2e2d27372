package concur.cli;

import concur.console.Console;
import concur.console.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The interactive home: the lessons with progress, then a {@code concur>} prompt where every subcommand works,
 * with completion and history. Ctrl-C clears the line; Ctrl-D or {@code exit} leaves.
 */
final class HomeShell {
    static final String PROMPT = "concur> ";
    private static final List<String> COMMANDS = List.of("learn", "run", "quiz", "show", "list", "progress", "next",
            "check", "exercise", "verify", "reset", "help", "exit");
    private static final List<String> LESSON_COMMANDS = List.of("learn", "run", "quiz", "show", "check", "reset");
    private final App app;
    private final Console console;
    private final Style style;
    private final PrintWriter out;

    HomeShell(App app) {
        this.app = app;
        this.console = app.console();
        this.style = console.style();
        this.out = console.out();
    }

    int run() {
        welcome();
        Optional<Terminal> terminal = console.terminal();
        return terminal.isPresent() ? interactive(terminal.get()) : scripted();
    }

    private void welcome() {
        out.println(style.bold("concur") + ": learn Java concurrency by watching real threads run.");
        out.println();
        ListCommand.print(app, app.progress().load());
        out.println();
        out.println(style.dim("Type 'learn basics' to begin, 'next' to go on, 'help' for more, Ctrl-D to leave."));
        out.flush();
    }

    /** Splits a typed line into words like a shell; an unclosed quote just ends at the end of the line. */
    private static DefaultParser parser() {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        return parser;
    }

    private int interactive(Terminal terminal) {
        DefaultParser parser = parser();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("concur")
                .parser(parser)
                .completer(new HomeCompleter())
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        historyFile().ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> { });
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(style.cyan(PROMPT.stripTrailing()) + " ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    out.println();
                    return ExitCode.OK;
                }
                ParsedLine parsed = reader.getParsedLine();
                List<String> words = parsed == null ? List.of() : parsed.words();
                if (!execute(words)) {
                    return ExitCode.OK;
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    /** Without a terminal, the home reads one command a line: scripts and tests drive it this way. */
    private int scripted() {
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = console.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return ExitCode.OK;
            }
            if (!execute(parser().parse(line, line.length()).words())) {
                return ExitCode.OK;
            }
        }
    }

    /** Runs one typed command; false when the user asked to leave. */
    private boolean execute(List<String> typed) {
        List<String> words = new ArrayList<>(typed.stream().filter(w -> !w.isEmpty()).toList());
        if (!words.isEmpty() && words.get(0).equals("concur")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return true;
        }
        String first = words.get(0);
        if (first.equals("exit") || first.equals("quit")) {
            return false;
        }
        if (words.size() == 1 && (first.equals("?") || first.equals("h"))) {
            words.set(0, "help");
        }
        Commands.execute(app, words.toArray(String[]::new));
        out.flush();
        return true;
    }

    private Optional<Path> historyFile() {
        try {
            Files.createDirectories(app.stateDir());
            return Optional.of(app.stateDir().resolve("history"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Completes command names, then lesson ids after a command that takes one. */
    private final class HomeCompleter implements Completer {
        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            if (line.wordIndex() == 0) {
                COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
            } else if (line.wordIndex() == 1 && LESSON_COMMANDS.contains(line.words().get(0))) {
                app.catalog().lessons().forEach(l -> candidates.add(
                        new Candidate(l.id(), l.id(), null, l.title(), null, null, true)));
            }
        }
    }
}
