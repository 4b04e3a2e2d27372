package concur.game;

import concur.catalog.LevelSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Levels written inline in a test: a winning condition, optional header lines, and the Java class. */
final class LevelText {
    private LevelText() {}

    static LevelSpec spec(String win, String java) {
        return spec(win, "", java);
    }

    /** {@code header} holds extra header lines, such as "memory: tso\n". */
    static LevelSpec spec(String win, String header, String java) {
        try {
            Path dir = Files.createTempDirectory("level");
            Path file = dir.resolve("levels/inline.level");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "title: Inline\ngoal: Win.\nexplain: \"Won.\"\nwin: " + win + "\nsection: Here\n" + header
                    + "---\n" + java);
            return LevelSpec.load(file, "tests", "tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Interpreter game(String win, String java) {
        return new Interpreter(LevelParser.parse(spec(win, java)));
    }

    static Interpreter game(String win, String header, String java) {
        return new Interpreter(LevelParser.parse(spec(win, header, java)));
    }

    /** Plays thread letters (and flush digits) in order; fails on a move that is not open. */
    static GameState play(Interpreter game, String moves) {
        GameSession session = new GameSession(game);
        for (String move : moves.trim().isEmpty() ? new String[0] : moves.trim().split(" ")) {
            session.move(move.charAt(0)).ifPresent(why -> {
                throw new AssertionError("move " + move + " refused: " + why);
            });
        }
        return session.state();
    }

    static Solver.Result solve(Interpreter game) {
        return Solver.solve(game);
    }
}
