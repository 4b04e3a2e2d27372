package concur.quiz;

import concur.catalog.Question;
import concur.console.Style;
import concur.render.TextWrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Answers from a person at a terminal: choices picked with the arrow keys and Enter, or straight away by letter;
 * several at once with space. q, Ctrl-D or Ctrl-C ends the quiz; {@link #interrupted()} tells Ctrl-C apart.
 */
public final class TerminalAnswers implements AnswerSource {
    private enum Key { UP, DOWN, ENTER, TOGGLE, LETTER, QUIT, INTERRUPT }

    /** q is a letter like any other only in a question with that many choices or more (none has yet). */
    private static final int Q_IS_A_CHOICE = 'q' - 'a' + 1;

    private final Terminal terminal;
    private final Style style;
    private final IntSupplier width;
    private boolean interrupted;

    /** @param width the columns to lay choices out in, asked again at every key so that a resize is followed */
    public TerminalAnswers(Terminal terminal, Style style, IntSupplier width) {
        this.terminal = terminal;
        this.style = style;
        this.width = width;
    }

    @Override
    public boolean interrupted() {
        return interrupted;
    }

    @Override
    public Optional<Set<Integer>> choose(Question.Choice question) {
        interrupted = false;
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // read Ctrl-C as a key, not a signal
        terminal.setAttributes(raw);
        terminal.puts(Capability.cursor_invisible);
        Display display = new Display(terminal, false);
        try {
            return pick(question, display);
        } finally {
            terminal.puts(Capability.cursor_visible);
            terminal.setAttributes(saved);
            terminal.writer().flush();
        }
    }

    /** Sizes the display to the terminal as it is now; returns the columns to lay out in. */
    private int fit(Display display) {
        // A terminal that cannot tell its size reports 0 x 0; lay out for the classic 24 rows then.
        int rows = terminal.getHeight() > 0 ? terminal.getHeight() : 24;
        int columns = width.getAsInt();
        display.resize(rows, columns);
        return columns;
    }

    private Optional<Set<Integer>> pick(Question.Choice question, Display display) {
        KeyMap<Key> keys = keyMap(question);
        BindingReader reader = new BindingReader(terminal.reader());
        int count = question.choices().size();
        int cursor = 0;
        Set<Integer> picked = new TreeSet<>();
        String message = "";
        int drawnAt = 0;
        while (true) {
            int columns = fit(display);
            if (drawnAt != 0 && columns != drawnAt) {
                // The terminal was resized and has reflowed what was drawn (tmux, VTE and iTerm do; xterm does not):
                // where its lines now are is anybody's guess, so the choices are drawn again, whole, below them.
                terminal.writer().println();
                terminal.puts(Capability.clr_eos); // the rows below may hold what the reflow pushed there
                display = new Display(terminal, false);
                columns = fit(display);
            }
            drawnAt = columns;
            display.updateAnsi(render(question, cursor, picked, message, false, columns), -1);
            terminal.flush();
            Key key = reader.readBinding(keys);
            message = "";
            if (key == null || key == Key.QUIT || key == Key.INTERRUPT) {
                interrupted = key == Key.INTERRUPT;
                display.updateAnsi(List.of(), -1);
                return Optional.empty();
            }
            switch (key) {
                case UP -> cursor = (cursor + count - 1) % count;
                case DOWN -> cursor = (cursor + 1) % count;
                case TOGGLE -> {
                    if (question.multiple() && !picked.remove(cursor)) {
                        picked.add(cursor);
                    }
                }
                case LETTER -> {
                    int index = letterIndex(question, reader.getLastBinding());
                    if (index < 0) {
                        message = "No choice " + reader.getLastBinding() + ": use a to " + Question.Choice.letter(count - 1);
                        break;
                    }
                    cursor = index;
                    if (!question.multiple()) {
                        return finish(question, display, cursor, Set.of(index));
                    }
                    if (!picked.remove(index)) {
                        picked.add(index);
                    }
                }
                case ENTER -> {
                    if (!question.multiple()) {
                        return finish(question, display, cursor, Set.of(cursor));
                    }
                    if (picked.isEmpty()) {
                        message = "Pick at least one with space or its letter, then Enter.";
                    } else {
                        return finish(question, display, cursor, picked);
                    }
                }
                default -> { }
            }
        }
    }

    private Optional<Set<Integer>> finish(Question.Choice question, Display display, int cursor, Set<Integer> picked) {
        display.updateAnsi(render(question, cursor, picked, "", true, fit(display)), -1);
        terminal.writer().println();
        return Optional.of(Set.copyOf(picked));
    }

    List<String> render(Question.Choice question, int cursor, Set<Integer> picked, String message, boolean done,
            int columns) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < question.choices().size(); i++) {
            String box = question.multiple() ? (picked.contains(i) ? "[x] " : "[ ] ") : "";
            String label = Question.Choice.letter(i) + ") " + box;
            // A long choice wraps under its own text, never over the next choice.
            List<String> wrapped = TextWrap.wrap(question.choices().get(i), columns - 3 - label.length());
            for (int k = 0; k < wrapped.size(); k++) {
                String text = (k == 0 ? label : " ".repeat(label.length())) + wrapped.get(k);
                String marker = k == 0 ? style.pointer() + " " : "  ";
                if (done && question.multiple()) {
                    // the [x] boxes say what was picked: a pointer on each picked line would read as several cursors
                    lines.add(picked.contains(i) ? "  " + style.bold(text) : "  " + style.dim(text));
                } else if (done) {
                    lines.add(picked.contains(i) ? style.bold(marker + text) : "  " + style.dim(text));
                } else if (i == cursor) {
                    lines.add(style.cyan(k == 0 ? marker : "  ") + style.bold(text));
                } else {
                    lines.add("  " + text);
                }
            }
        }
        if (!done) {
            String help = question.multiple()
                    ? "up/down to move, space or a letter to pick, Enter to answer, q to stop"
                    : "up/down and Enter, or press a letter; q to stop";
            // the key help and any message wrap too: a line wider than the display would throw its layout off
            for (String line : TextWrap.wrap(message.isEmpty() ? help : message, columns - 1)) {
                lines.add(message.isEmpty() ? style.dim(line) : style.yellow(line));
            }
        }
        return lines;
    }

    private static int letterIndex(Question.Choice question, String key) {
        int count = question.choices().size();
        char c = Character.toLowerCase(key.charAt(0));
        if (count == 2 && question.choices().get(0).equals("True") && (c == 't' || c == 'f')) {
            return c == 't' ? 0 : 1;
        }
        int index = c - 'a';
        return index < count ? index : -1;
    }

    private KeyMap<Key> keyMap(Question.Choice question) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.bind(Key.UP, KeyMap.key(terminal, Capability.key_up), "\033[A", "\033OA", KeyMap.ctrl('P'));
        keys.bind(Key.DOWN, KeyMap.key(terminal, Capability.key_down), "\033[B", "\033OB", KeyMap.ctrl('N'), "\t");
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.TOGGLE, " ");
        keys.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
        keys.bind(Key.QUIT, KeyMap.ctrl('D'));
        for (char c = 'a'; c <= 'z'; c++) {
            keys.bind(Key.LETTER, String.valueOf(c), String.valueOf(Character.toUpperCase(c)));
        }
        if (question.choices().size() < Q_IS_A_CHOICE) {
            keys.bind(Key.QUIT, "q", "Q");
        }
        keys.setAmbiguousTimeout(100);
        return keys;
    }

    @Override
    public Optional<String> type(Question.Typed question) {
        interrupted = false;
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
        String prompt = style.cyan(style.pointer() + " ") + (question.numeric() ? "a number" : "your answer")
                + style.dim(" (q to stop)") + ": ";
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                interrupted = e instanceof UserInterruptException;
                return Optional.empty();
            }
            if (line.strip().equalsIgnoreCase("q")) {
                return Optional.empty();
            }
            if (question.numeric() && Question.Typed.parseNumber(line) == null) {
                terminal.writer().println(style.yellow("Please answer with a number, such as 42."));
            } else if (!line.isBlank()) {
                return Optional.of(line.strip());
            }
        }
    }
}
