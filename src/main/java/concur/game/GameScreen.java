package concur.game;

import concur.console.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a game: the threads' code side by side with the next line marked (stacked when the screen is narrow), the
 * shared state, each thread's locals and why a blocked thread waits, and the goal.
 */
public final class GameScreen {
    /** Narrower columns than this and the threads are stacked instead of side by side. */
    static final int MIN_COLUMN = 24;

    private final Style style;
    private final int width;

    public GameScreen(Style style, int width) {
        this.style = style;
        // one column spare: a line that fills the last column makes some terminals wrap it
        this.width = Math.max(30, width - 1);
    }

    /**
     * @param expanded show the atomic steps of each thread's current statement
     * @param message  a line under the board (why a move was refused, a hint, the end of the game), or null
     */
    public List<String> render(GameSession session, boolean expanded, String message) {
        Interpreter game = session.game();
        GameState state = session.state();
        Level level = game.level();
        List<String> out = new ArrayList<>();
        out.add(fit(style.bold(level.spec().title()) + style.dim("  (" + level.id() + (level.spec().lessonId().isEmpty()
                ? ", your own level)" : ", lesson " + level.spec().lessonId() + ")")), width, false));
        out.addAll(wrap("Goal: " + level.spec().goal(), width));
        out.add("");
        int n = level.threads().size();
        String separator = " | "; // a box-drawing bar comes out as 'x' where JLine switches to the line-drawing set
        int columnWidth = (width - separator.length() * (n - 1)) / n;
        boolean sideBySide = columnWidth >= MIN_COLUMN;
        List<List<String>> columns = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            columns.add(column(game, state, t, expanded, sideBySide ? columnWidth : width));
        }
        if (sideBySide) {
            int rows = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < n; c++) {
                    String cell = r < columns.get(c).size() ? columns.get(c).get(r) : "";
                    line.append(c > 0 ? style.dim(separator) : "").append(fit(cell, columnWidth, c < n - 1));
                }
                out.add(line.toString().stripTrailing());
            }
        } else {
            for (List<String> column : columns) {
                column.forEach(cell -> out.add(fit(cell, width, false)));
                out.add("");
            }
            out.remove(out.size() - 1);
        }
        out.add("");
        shared(game, state).forEach(line -> out.addAll(wrap(line, width)));
        if (!session.moves().isEmpty()) {
            out.add(fit("Moves: " + session.movesText(), width, false));
        }
        if (message != null && !message.isEmpty()) {
            out.add("");
            for (String line : message.split("\n")) {
                out.addAll(wrap(line, width));
            }
        }
        return out;
    }

    /** The keys, for the lines under the board; {@code more} is added at the end. */
    public List<String> keys(Level level, String more) {
        String letters = level.letters();
        String dot = style.unicode() ? " · " : ", ";
        String flush = level.tso() ? "1-" + letters.length() + " flush a store buffer" + dot : "";
        return wrap("Keys: " + letters.charAt(0) + "-" + letters.charAt(letters.length() - 1) + " step a thread" + dot
                + flush + "e expand" + dot + "u undo" + dot + "r restart" + dot + "h hint" + dot + "q quit" + more, width);
    }

    /** One thread's column: its name, its code with the next line marked, and its status wrapped to {@code width}. */
    private List<String> column(Interpreter game, GameState state, int t, boolean expanded, int width) {
        Level.ThreadCode code = game.level().threads().get(t);
        List<String> lines = new ArrayList<>();
        lines.add(style.bold(code.letter() + "  " + code.name() + "()"));
        String[] file = game.level().spec().lines();
        int indent = Integer.MAX_VALUE;
        for (int l = code.firstLine(); l <= code.lastLine(); l++) {
            String text = file[l - 1];
            if (!text.isBlank()) {
                indent = Math.min(indent, text.length() - text.stripLeading().length());
            }
        }
        Optional<Step> next = game.next(state, t);
        int nextLine = next.map(Step::line).orElse(-1);
        String pointer = style.unicode() ? "▶ " : "> ";
        for (int l = code.firstLine(); l <= code.lastLine(); l++) {
            String text = file[l - 1];
            text = text.isBlank() ? "" : text.substring(Math.min(indent, text.length()));
            List<String> parts = codeLines(text, width - 2);
            for (int p = 0; p < parts.size(); p++) {
                String part = parts.get(p);
                lines.add(l == nextLine ? (p == 0 ? style.yellow(pointer) : "  ") + style.bold(part) : "  " + part);
            }
            if (l == nextLine && expanded) {
                lines.addAll(atomicSteps(code, state.threads.get(t).pc, l));
            }
        }
        // the status says why a thread waits: wrapped, not cut, and coloured line by line
        String status = status(game, state, t, next);
        java.util.function.UnaryOperator<String> colour = state.threads.get(t).thrown != null ? style::red
                : next.isEmpty() ? style::green : game.blocked(state, t).isPresent() ? style::red : s -> s;
        wrap(status, width).forEach(line -> lines.add(colour.apply(line)));
        return lines;
    }

    /**
     * A line of a thread's code, wrapped at word breaks to {@code width} rather than cut, so that a comment can be
     * read at any width; a comment goes on as a comment, code one indent deeper.
     */
    static List<String> codeLines(String text, int width) {
        if (text.length() <= width || width < 12) {
            return List.of(text);
        }
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        boolean comment = text.stripLeading().startsWith("//");
        String more = indent + (comment ? "// " : "    ");
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= more.length()) {
                cut = width;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = more + rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** The atomic steps of the statement on {@code line} around {@code pc}, the next one marked. */
    private List<String> atomicSteps(Level.ThreadCode code, int pc, int line) {
        List<Step> steps = code.steps();
        int first = pc;
        while (first > 0 && steps.get(first - 1).line() == line && !(steps.get(first - 1) instanceof Step.Jump)) {
            first--;
        }
        List<String> out = new ArrayList<>();
        if (first + 1 >= steps.size() || steps.get(first + 1).line() != line || steps.get(first + 1) instanceof Step.Jump) {
            return out; // one step: nothing to expand
        }
        for (int i = first, k = 1; i < steps.size() && steps.get(i).line() == line; i++) {
            if (steps.get(i) instanceof Step.Jump) {
                continue;
            }
            String mark = i == pc ? style.yellow("*") : " ";
            out.add("   " + mark + (k++) + " " + steps.get(i).label());
        }
        return out;
    }

    private String status(Interpreter game, GameState state, int t, Optional<Step> next) {
        GameState.ThreadState th = state.threads.get(t);
        String letter = game.letter(t);
        if (th.thrown != null) {
            return letter + ": threw " + th.thrown + " (line " + th.thrownLine + ")";
        }
        if (next.isEmpty()) {
            return letter + ": finished";
        }
        Optional<String> blocked = game.blocked(state, t);
        if (blocked.isPresent()) {
            return letter + ": " + blocked.get();
        }
        if (game.timesOut(state, t)) {
            return letter + ": " + game.waits(state, t).orElseThrow() + "; moving " + letter + " lets its time run out";
        }
        return letter + " next: " + next.get().label();
    }

    private List<String> shared(Interpreter game, GameState state) {
        List<String> out = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> locks = new ArrayList<>();
        List<String> others = new ArrayList<>();
        java.util.Set<String> monitors = new java.util.TreeSet<>();
        for (Level.ThreadCode code : game.level().threads()) {
            for (Step step : code.steps()) {
                switch (step) {
                    case Step.Enter e -> monitors.add(e.monitor());
                    case Step.WaitRelease w -> monitors.add(w.monitor());
                    case Step.Notify n -> monitors.add(n.monitor());
                    default -> { }
                }
            }
        }
        for (Level.Field f : game.level().fields()) {
            if (monitors.contains(f.name()) && state.fields.get(f.name()) instanceof Obj) {
                continue; // an object that only serves as a monitor: shown with the locks
            }
            if (f.isValue()) {
                values.add((f.isVolatile() ? "volatile " : "") + f.name() + " = " + show(state.fields.get(f.name())));
            } else if (f.owner() == null) {
                String shown = f.primitive().show(state.prims.get(f.name()), game::letter);
                if (f.primitive() instanceof LockPrimitive || f.primitive() instanceof ReadWriteLockPrimitive) {
                    locks.add(f.name() + " " + shown);
                } else {
                    others.add(f.name() + ": " + shown);
                }
            }
        }
        for (String monitor : monitors) {
            locks.add("monitor " + monitor + " " + holder(game, state, monitor));
        }
        state.waitSets.forEach((monitor, threads) -> others.add("waiting on " + monitor + ": "
                + String.join(", ", threads.stream().map(game::letter).toList())));
        out.add("Shared: " + (values.isEmpty() ? "-" : String.join(", ", values)));
        if (!locks.isEmpty()) {
            out.add("Locks: " + String.join(", ", locks));
        }
        others.forEach(line -> out.add("  " + line));
        List<String> locals = new ArrayList<>();
        for (int t = 0; t < state.threads.size(); t++) {
            GameState.ThreadState th = state.threads.get(t);
            List<String> mine = new ArrayList<>();
            th.locals.forEach((k, v) -> mine.add(k + "=" + show(v)));
            if (th.scratchSet) {
                // after the add, the register holds what will be written, no longer what was read
                mine.add(th.scratchComputed ? "(to write " + show(th.scratch) + ")" : "(read " + show(th.scratch) + ")");
            }
            if (!mine.isEmpty()) {
                locals.add(game.letter(t) + ": " + String.join(" ", mine));
            }
        }
        if (!locals.isEmpty()) {
            out.add("Locals: " + String.join("   ", locals));
        }
        if (game.level().tso()) {
            for (int t = 0; t < state.threads.size(); t++) {
                List<GameState.Buffered> buffer = state.threads.get(t).buffer;
                out.add("Store buffer " + game.letter(t) + ": " + (buffer.isEmpty() ? "empty"
                        : String.join(", ", buffer.stream().map(b -> b.field() + " = " + show(b.value())).toList())
                        + "  (" + (t + 1) + " flushes " + buffer.get(0).field() + ")"));
            }
        }
        return out;
    }

    private static String holder(Interpreter game, GameState state, String key) {
        GameState.Hold hold = state.holds.get(key);
        return hold == null ? "free" : "held by " + game.letter(hold.owner()) + (hold.count() > 1 ? " (" + hold.count() + "x)" : "");
    }

    static String show(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** Pads or cuts a cell to {@code width} visible columns; escape sequences take no room. */
    private String fit(String cell, int width, boolean pad) {
        int visible = visibleLength(cell);
        if (visible > width) {
            return cut(cell, width - 1) + (style.unicode() ? "…" : "~");
        }
        return pad ? cell + " ".repeat(width - visible) : cell;
    }

    static int visibleLength(String s) {
        return s.replaceAll("\u001B\\[[0-9;]*m", "").length();
    }

    private static String cut(String s, int width) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001B') {
                int end = s.indexOf('m', i);
                out.append(s, i, end + 1);
                i = end;
            } else if (shown < width) {
                out.append(c);
                shown++;
            }
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        return concur.render.TextWrap.wrap(text, width);
    }
}
