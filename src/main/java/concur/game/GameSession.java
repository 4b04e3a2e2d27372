package concur.game;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One game of one level as the player drives it: moves, undo and restart, hints. Both the key-driven terminal player
 * and the line-driven one (and {@code --moves}) go through it, so they play by the same rules.
 */
public final class GameSession {
    private final Interpreter game;
    private final Deque<GameState> history = new ArrayDeque<>();
    private final List<Integer> moves = new ArrayList<>();
    private GameState state;
    private Integer shortest;

    public GameSession(Interpreter game) {
        this.game = game;
        this.state = game.start();
    }

    public Interpreter game() {
        return game;
    }

    public GameState state() {
        return state;
    }

    public List<Integer> moves() {
        return List.copyOf(moves);
    }

    public Interpreter.Outcome outcome() {
        return game.outcome(state);
    }

    /** The thread a letter steps, or -1 when no thread has that letter. */
    public int thread(char letter) {
        return game.level().letters().indexOf(Character.toUpperCase(letter));
    }

    /**
     * Steps the thread with this letter.
     *
     * @return empty when it moved, else why it could not
     */
    public Optional<String> move(char letter) {
        if (outcome() != Interpreter.Outcome.PLAYING) {
            return Optional.of("the game is over: u undoes the last move, r starts again");
        }
        if (Character.isDigit(letter)) {
            return flush(letter - '1');
        }
        int t = thread(letter);
        if (t < 0) {
            return Optional.of("there is no thread " + Character.toUpperCase(letter) + " (the threads are "
                    + String.join(", ", game.level().letters().chars().mapToObj(c -> String.valueOf((char) c)).toList())
                    + ")");
        }
        Optional<String> blocked = game.blocked(state, t);
        if (blocked.isPresent()) {
            return Optional.of(game.letter(t) + " cannot move: " + blocked.get());
        }
        history.push(state);
        moves.add(t);
        state = game.step(state, t);
        return Optional.empty();
    }

    /** Flushes the oldest buffered write of thread {@code t} to memory ({@code memory: tso} levels only). */
    private Optional<String> flush(int t) {
        int n = game.level().threads().size();
        if (!game.level().tso()) {
            return Optional.of("this level has no store buffers to flush (its header does not say memory: tso)");
        }
        if (t < 0 || t >= n) {
            return Optional.of("there is no thread " + (t + 1) + " (1 flushes A's store buffer, 2 B's, ...)");
        }
        if (!game.canFlush(state, t)) {
            return Optional.of(game.letter(t) + "'s store buffer is empty: nothing to flush");
        }
        history.push(state);
        moves.add(n + t);
        state = game.flush(state, t);
        return Optional.empty();
    }

    public boolean undo() {
        if (history.isEmpty()) {
            return false;
        }
        state = history.pop();
        moves.remove(moves.size() - 1);
        return true;
    }

    public void restart() {
        history.clear();
        moves.clear();
        state = game.start();
    }

    /** How many steps the shortest win from the start takes, or -1 when there is none. */
    public int shortestWin() {
        if (shortest == null) {
            shortest = Solver.solve(game).win().map(List::size).orElse(-1);
        }
        return shortest;
    }

    /** A hint from where the game stands: how far a win is and which thread to move next. */
    public String hint() {
        if (outcome() == Interpreter.Outcome.WON) {
            return "You have won. r plays it again.";
        }
        Solver.Result result = Solver.solve(game, state);
        if (result.win().isEmpty()) {
            return "No win is left from here: u undoes a move, r starts again.";
        }
        List<Integer> win = result.win().get();
        int n = game.level().threads().size();
        String first = win.get(0) < n ? game.letter(win.get(0)) + " moves first"
                : "the first move flushes " + game.letter(win.get(0) - n) + "'s store buffer (key " + game.moveName(win.get(0)) + ")";
        return "The shortest win takes " + shortestWin() + " steps from the start; from here it takes " + win.size()
                + " more, and " + first + ".";
    }

    /** The moves so far as letters, such as "A A B". */
    public String movesText() {
        return letters(game, moves);
    }

    public static String letters(Interpreter game, List<Integer> moves) {
        return String.join(" ", moves.stream().map(game::moveName).toList());
    }
}
