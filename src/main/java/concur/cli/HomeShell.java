package concur.cli;

import concur.completion.CommandWords;
import concur.console.Console;
import concur.console.Style;
import concur.progress.LessonProgress;
import concur.render.TextWrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jline.utils.InfoCmp;

/**
 * The interactive home: the lessons with progress, then a {@code concur>} prompt where every subcommand works,
 * with completion and history. Ctrl-C clears the line; Ctrl-D or {@code exit} leaves.
 */
final class HomeShell {
    static final String PROMPT = "concur> ";
    /** The home's own words, beside the commands: {@code clear} as in a shell, {@code exit} to leave. */
    static final List<String> OWN_WORDS = List.of("clear", "exit");
    private static final String CLEAR = "clear";
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
        app.atHome(true);
        try {
            welcome();
            Optional<Terminal> terminal = console.terminal();
            return terminal.isPresent() ? interactive(terminal.get()) : scripted();
        } finally {
            app.atHome(false);
        }
    }

    private void welcome() {
        // first what needs no terminal: the terminal may still be being built (see Main)
        Map<String, LessonProgress> progress = app.progress().load();
        Set<String> levelsWon = app.progress().levelsWon();
        app.catalog();
        List<String> title = TextWrap.wrap("concur: learn Java concurrency by watching real threads run.", console.width() - 1);
        out.println(style.bold("concur") + title.get(0).substring("concur".length()));
        title.subList(1, title.size()).forEach(out::println);
        out.println();
        ListCommand.print(app, progress, levelsWon);
        out.println();
        TextWrap.wrap(whatToType(NextStep.of(app, progress, levelsWon), progress.isEmpty() && levelsWon.isEmpty())
                        + ", 'help' for more, Ctrl-D to leave.", console.width() - 1)
                .forEach(line -> out.println(style.dim(line)));
        out.flush();
    }

    /** The next thing to do, as typed at the prompt: the first lesson to take, then an exercise, then a level. */
    private static String whatToType(NextStep next, boolean newcomer) {
        return switch (next) {
            case NextStep.TakeLesson lesson -> newcomer ? "Type 'learn " + lesson.lesson().id() + "' to begin"
                    : "Type 'next' to go on with " + lesson.lesson().id() + " (" + lesson.lesson().title() + ")";
            case NextStep.SolveExercise exercise -> "Every lesson is completed: type 'exercise " + exercise.id()
                    + "' for the next exercise";
            case NextStep.WinLevel level -> "Every lesson and exercise is done: type 'play " + level.id()
                    + "' for a level of the game";
            case NextStep.Done done -> "Every lesson, exercise and level is done: 'progress' shows how you did";
        };
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
        if (words.size() == 1 && first.equals(CLEAR)) {
            clearScreen();
            return true;
        }
        Commands.execute(app, words.toArray(String[]::new));
        out.flush();
        return true;
    }

    /** As a shell's {@code clear} (and Ctrl-L at the prompt); without a terminal there is no screen to clear. */
    private void clearScreen() {
        out.flush();
        console.terminal().ifPresent(terminal -> {
            if (!terminal.puts(InfoCmp.Capability.clear_screen)) {
                terminal.writer().print("\033[H\033[2J");
            }
            terminal.flush();
        });
    }

    private Optional<Path> historyFile() {
        try {
            Files.createDirectories(app.stateDir());
            return Optional.of(app.stateDir().resolve("history"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Completes what the shell's completion script completes, from the same command tree (built on the first Tab,
     * not at start), plus the home's own words; a lesson id shows its title beside it. The words keep the tree's
     * order (lessons in course order), which JLine would otherwise sort alphabetically.
     */
    final class HomeCompleter implements Completer {
        private CommandWords words;

        @Override
        public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
            if (words == null) {
                words = new CommandWords(Commands.create(app).getCommandSpec());
            }
            List<String> before = new ArrayList<>(line.words().subList(0, line.wordIndex()));
            if (!before.isEmpty() && before.get(0).equals("concur")) {
                before.remove(0);
            }
            String typed = line.word().substring(0, line.wordCursor());
            List<String> offered = new ArrayList<>(words.complete(before, typed));
            if (before.isEmpty()) {
                OWN_WORDS.stream().filter(word -> word.startsWith(typed)).forEach(offered::add);
            }
            for (int i = 0; i < offered.size(); i++) {
                String word = offered.get(i);
                String title = app.catalog().lessons().stream().filter(l -> l.id().equals(word)).findFirst()
                        .map(l -> l.title()).orElse(null);
                candidates.add(new Candidate(word, word, null, title, null, null, true, i));
            }
        }
    }
}
