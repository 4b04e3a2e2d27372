package concur.game;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Searches a level's schedules breadth first, so the first win it meets is a shortest one. States already seen are
 * not searched again, which also ends loops that spin without changing anything.
 */
public final class Solver {
    /** More states than any level should need; a level past it is reported, not searched for ever. */
    static final int MAX_STATES = 200_000;

    /** What the search found: the moves of a shortest win, numbered as {@link Interpreter#moves} numbers them. */
    public record Result(Optional<List<Integer>> win, int states, boolean exhausted) {
        public boolean winnable() {
            return win.isPresent();
        }
    }

    private record Node(GameState state, Node parent, int move) {}

    private Solver() {}

    public static Result solve(Interpreter game) {
        return solve(game, game.start());
    }

    /** The shortest win from {@code start}. */
    public static Result solve(Interpreter game, GameState start) {
        ArrayDeque<Node> frontier = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        frontier.add(new Node(start, null, -1));
        seen.add(start.key());
        while (!frontier.isEmpty()) {
            Node node = frontier.removeFirst();
            Interpreter.Outcome outcome = game.outcome(node.state());
            if (outcome == Interpreter.Outcome.WON) {
                return new Result(Optional.of(moves(node)), seen.size(), true);
            }
            if (outcome == Interpreter.Outcome.LOST) {
                continue;
            }
            for (int move : game.moves(node.state())) {
                GameState next = game.move(node.state(), move);
                if (seen.add(next.key())) {
                    if (seen.size() > MAX_STATES) {
                        return new Result(Optional.empty(), seen.size(), false);
                    }
                    frontier.addLast(new Node(next, node, move));
                }
            }
        }
        return new Result(Optional.empty(), seen.size(), true);
    }

    private static List<Integer> moves(Node node) {
        List<Integer> moves = new ArrayList<>();
        for (Node n = node; n.parent() != null; n = n.parent()) {
            moves.add(n.move());
        }
        Collections.reverse(moves);
        return moves;
    }
}
