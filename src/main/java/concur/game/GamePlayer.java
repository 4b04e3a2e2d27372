package concur.game;

import concur.console.Console;
import concur.console.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * Plays a level with a person: on a terminal, one key per move on a board redrawn in place; otherwise (no terminal,
 * NO_COLOR, TERM=dumb) in plain text, one line of moves and keys at a time.
 */
public final class GamePlayer {
    private final Console console;
    private final GameSession session;
    private GameScreen screen;
    private boolean expanded;
    private boolean everWon;
    /** Whether the last key was a move that was not allowed. */
    private boolean refused;

    public GamePlayer(Console console, Interpreter game) {
        this.console = console;
        this.session = new GameSession(game);
        this.screen = new GameScreen(console.style(), console.width());
    }

    /** Plays until the player quits (or input ends); true when the level was won at least once. */
    public boolean play() {
        Optional<Terminal> terminal = console.style().color() ? console.terminal() : Optional.empty();
        if (terminal.isPresent()) {
            playWithKeys(terminal.get());
        } else {
            playByLines();
        }
        return everWon;
    }

    /** What one key does; null when the player quits. */
    String press(char key) {
        refused = false;
        switch (Character.toLowerCase(key)) {
            case 'q':
                return null;
            case 'e':
                expanded = !expanded;
                return expanded ? "Expanded: each statement's atomic steps are listed; e folds them again."
                        : "Folded: e lists each statement's atomic steps again.";
            case 'u':
                return session.undo() ? "Undone." : "Nothing to undo.";
            case 'r':
                session.restart();
                return "Started again.";
            case 'h':
                return "Hint: " + session.hint();
            default:
                break;
        }
        Optional<String> why = session.move(key);
        if (why.isPresent()) {
            refused = true;
            return why.get();
        }
        return ending();
    }

    /** The explanation of a win or a loss, once the game has ended; else empty. */
    private String ending() {
        Level level = session.game().level();
        String lesson = level.spec().lessonId().isEmpty() ? "" : "\nOn real threads: lesson " + level.spec().lessonId()
                + ", \"" + level.spec().section() + "\" (concur learn " + level.spec().lessonId() + ").";
        return switch (session.outcome()) {
            case WON -> {
                everWon = true;
                int shortest = session.shortestWin();
                int made = session.moves().size();
                String threw = session.game().thrownText(session.state()).map(t -> " " + t + ".").orElse("");
                yield "You won in " + made + " moves" + (made == shortest ? ", the shortest win." : " (the shortest win takes "
                        + shortest + ").") + threw + " " + level.spec().explain() + lesson
                        + "\nr plays again, q goes back.";
            }
            case LOST -> "Lost: no thread can move, and the goal was not reached. u undoes a move, r starts again, h hints.";
            case PLAYING -> session.game().metButForFinishing(session.state())
                    ? "The rest of the goal holds now; the level is won when every thread has finished." : "";
        };
    }

    private void playByLines() {
        PrintWriter out = console.out();
        String message = "";
        while (true) {
            screen.render(session, expanded, message).forEach(out::println);
            screen.keys(session.game().level(), " (type them, then Enter)").forEach(out::println);
            out.print("move> ");
            out.flush();
            String line = console.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return;
            }
            message = "";
            for (char key : line.replaceAll("\\s", "").toCharArray()) {
                String said = press(key);
                if (said == null) {
                    out.flush();
                    return;
                }
                message = said;
                if (refused) {
                    break; // the rest of the line was meant for a state that did not come about
                }
            }
        }
    }

    private void playWithKeys(Terminal terminal) {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false); // Ctrl-C is read as a key: it quits the game
        terminal.setAttributes(raw);
        // the board is drawn on the terminal's alternate screen, as a pager's is: quitting gives back the screen as it
        // was, instead of leaving the cleared board as a page of blank lines above the next prompt
        boolean alternate = terminal.puts(Capability.enter_ca_mode);
        if (alternate) {
            terminal.puts(Capability.clear_screen); // the board starts at the top of its own screen
        }
        terminal.puts(Capability.cursor_invisible);
        Display display = new Display(terminal, true);
        KeyMap<Character> keys = new KeyMap<>();
        for (char c = 'a'; c <= 'z'; c++) {
            keys.bind(c, String.valueOf(c), String.valueOf(Character.toUpperCase(c)));
        }
        for (char c = '1'; c <= '4'; c++) {
            keys.bind(c, String.valueOf(c));
        }
        keys.bind('q', KeyMap.ctrl('C'), KeyMap.ctrl('D'), "\033");
        BindingReader reader = new BindingReader(terminal.reader());
        String message = "";
        try {
            while (true) {
                // laid out again for each key: the terminal may have been resized since
                screen = new GameScreen(console.style(), console.width());
                display.resize(terminal.getHeight() > 0 ? terminal.getHeight() : 24, console.width());
                List<String> lines = new java.util.ArrayList<>(screen.render(session, expanded, message));
                lines.add("");
                screen.keys(session.game().level(), "").forEach(line -> lines.add(console.style().dim(line)));
                display.update(lines.stream().map(AttributedString::fromAnsi).toList(), -1);
                terminal.flush();
                Character key = reader.readBinding(keys);
                if (key == null) {
                    return;
                }
                message = press(key);
                if (message == null) {
                    return;
                }
            }
        } finally {
            display.update(List.of(), -1);
            terminal.puts(Capability.cursor_visible);
            if (alternate) {
                terminal.puts(Capability.exit_ca_mode);
            }
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    GameSession session() {
        return session;
    }

}
