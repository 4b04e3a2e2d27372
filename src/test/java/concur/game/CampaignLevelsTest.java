package concur.game;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LevelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Levels in the spirit of a well-known scheduler game's campaign, written as plain Java with the levels' APIs: each
 * parses, and the solver's win is the bug the level is about.
 */
class CampaignLevelsTest {
    static final Path FOLDER = Path.of("src/test/fixtures/game/empire");

    static List<String> ids() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString().replace(".level", "")).sorted().toList();
        }
    }

    static Interpreter game(String id) {
        return new Interpreter(LevelParser.parse(LevelSpec.loadFile(FOLDER.resolve(id + ".level"), id + ".level")));
    }

    static GameState won(Interpreter game) {
        List<Integer> win = Solver.solve(game).win().orElseThrow(() -> new AssertionError(game.level().id() + " has no win"));
        GameState s = game.start();
        for (int move : win) {
            s = game.move(s, move);
        }
        assertThat(game.outcome(s)).isEqualTo(Interpreter.Outcome.WON);
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void eachParsesAndIsWonButNotBeforeAMove(String id) {
        Interpreter game = game(id);
        assertThat(game.outcome(game.start())).isEqualTo(Interpreter.Outcome.PLAYING);
        won(game);
    }

    @Test
    void theWinsAreTheBugs() {
        Map<String, String> thrown = Map.of(
                "dragon-hunt", "NoSuchElementException: dragons is empty",
                "early-permit", "NoSuchElementException: queue is empty",
                "meet-then-check", "AssertionError",
                "if-not-while", "NoSuchElementException: items is empty");
        thrown.forEach((id, exception) -> assertThat(game(id).thrownText(won(game(id)))).as(id).get().asString()
                .contains("threw " + exception + " (line"));
        assertThat(won(game("exit-early")).exited).isTrue();
        GameState polite = won(game("polite"));
        assertThat(polite.field("gaveUp")).isEqualTo(2);
        assertThat(polite.prims.values()).allMatch(LockPrimitive.Held.FREE::equals); // finally let both locks go
        assertThat(won(game("last-ticket")).prims.get("tickets").toString()).isEqualTo("-1");
    }

    @Test
    void aWaitingCallInAConditionIsAMoveOfItsOwnBeforeTheTest() {
        Interpreter game = game("polite");
        List<Step> walker = game.level().threads().get(0).steps();
        assertThat(walker.stream().map(Step::label))
                .contains("$tryLock1 = south.tryLock(50, TimeUnit.MILLISECONDS)", "test !$tryLock1");
    }
}
