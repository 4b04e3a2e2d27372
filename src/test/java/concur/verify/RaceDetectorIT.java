package concur.verify;

import static org.assertj.core.api.Assertions.assertThat;

import concur.runner.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The race detector on its own: each program under src/test/resources/race/ is a learner's file with a
 * {@code public static void run()}, run once on one harness thread through the instrumented path that verify takes
 * (a child JVM, the race mode). Every program in clean/ synchronizes through one happens-before edge and must not be
 * flagged; every program in racy/ has one kind of data race, named on its first line ({@code // race: <variable>}),
 * and must be flagged on that variable.
 */
class RaceDetectorIT {
    private static final Pattern EXPECTED = Pattern.compile("^// race: (.+)$", Pattern.MULTILINE);
    private static final String SCENARIO = """
            import concur.verifier.ExerciseScenario;
            import concur.verifier.Stress;

            public class ProgramScenario extends ExerciseScenario {
                public static Stress stress() {
                    return Stress.of(1, 2, trial -> new Stress.Trial() {
                        @Override
                        public void thread(int index) throws Exception {
                            %s.run();
                        }

                        @Override
                        public void check() {
                        }
                    });
                }
            }
            """;

    @TempDir
    Path work;

    static Stream<String> clean() {
        return programs("clean");
    }

    static Stream<String> racy() {
        return programs("racy");
    }

    private static Stream<String> programs(String kind) {
        try (Stream<Path> files = Files.list(folder(kind))) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String kind) {
        try {
            return Path.of(RaceDetectorIT.class.getResource("/race/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ChildVerifier.Report run(String kind, String program) throws IOException {
        String source = Files.readString(folder(kind).resolve(program + ".java"), StandardCharsets.UTF_8);
        VerifierInstall install = VerifierInstall.find().orElseThrow();
        SourceCompiler.Result compiled = SourceCompiler.compile(List.of(
                new SourceCompiler.Source(program + ".java", source, true),
                new SourceCompiler.Source("ProgramScenario.java", SCENARIO.formatted(program), false)),
                install.compileClassPath(), work);
        assertThat(compiled.errors()).as(program + " compiles").isEmpty();
        ChildVerifier child = new ChildVerifier(new ChildProcesses());
        ChildVerifier.Report report = child.start("race", install.runClassPath(work), "ProgramScenario", program + ".java")
                .go(Duration.ofSeconds(60));
        assertThat(report.outcome()).as(program + ": " + report.problem()).isEqualTo(ChildVerifier.Outcome.REPORTED);
        return report;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clean")
    void anEdgeIsNotARace(String program) throws IOException {
        ChildVerifier.Report report = run("clean", program);
        assertThat(report.get("status")).as(program + ": " + report.get("message")).isEqualTo("passed");
        assertThat(report.number("trials")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("racy")
    void aRaceIsFoundWithBothAccesses(String program) throws IOException {
        String source = Files.readString(folder("racy").resolve(program + ".java"), StandardCharsets.UTF_8);
        Matcher expected = EXPECTED.matcher(source);
        assertThat(expected.find()).as(program + " names its race on its first line").isTrue();
        ChildVerifier.Report report = run("racy", program);
        assertThat(report.get("kind")).as(program + ": " + report.get("message")).isEqualTo("race");
        assertThat(report.get("race_variable")).isEqualTo(expected.group(1));
        for (String side : List.of("race_first_", "race_second_")) {
            assertThat(report.get(side + "file")).isEqualTo(program + ".java");
            assertThat(report.number(side + "line")).isPositive();
        }
        assertThat(report.get("race_first_write").equals("true") || report.get("race_second_write").equals("true"))
                .as("at least one of the two is a write").isTrue();
    }
}
