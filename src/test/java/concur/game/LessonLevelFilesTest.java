package concur.game;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LevelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every level file under lessons/, read straight from its folder rather than through the catalog (so that a
 * lesson still being written elsewhere does not hide its levels): it parses, is not won before a move, and is won.
 */
class LessonLevelFilesTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("lessons"))) {
            return all.filter(p -> p.toString().endsWith(".level")).sorted().toList();
        }
    }

    static LevelSpec spec(Path file) {
        Path lesson = file.getParent().getParent();
        return LevelSpec.load(file, lesson.getFileName().toString().replaceFirst("^\\d+-", ""), lesson.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachLevelFileIsWonByTheSolver(Path file) {
        Interpreter game = new Interpreter(LevelParser.parse(spec(file)));
        assertThat(game.outcome(game.start())).isEqualTo(Interpreter.Outcome.PLAYING);
        assertThat(Solver.solve(game).win()).as("%s can be won", file).isPresent();
    }

    /**
     * What the lesson-10 levels' explanations promise: volatile fields make them unwinnable. (A loop, not a
     * parameterized test: a branch without lesson 10 has none of them.)
     */
    @org.junit.jupiter.api.Test
    void theMemoryModelLevelsCannotBeWonWithVolatileFields() throws IOException {
        for (Path file : memoryModelLevels()) {
            cannotBeWonWithVolatileFields(file);
        }
    }

    private static void cannotBeWonWithVolatileFields(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("\n    (int|boolean) ", "\n    volatile $1 ");
        assertThat(text).contains("volatile");
        Path copy = Files.createTempDirectory("volatile").resolve("levels").resolve(file.getFileName());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, text);
        Solver.Result result = Solver.solve(new Interpreter(LevelParser.parse(spec(copy))));
        assertThat(result.win()).as("%s with volatile fields", file).isEmpty();
        assertThat(result.exhausted()).isTrue();
    }

    static List<Path> memoryModelLevels() throws IOException {
        return files().stream().filter(p -> p.toString().contains("memory-model")).toList();
    }
}
