package concur.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a verifier's child JVM is started: in a temp folder of its own, and for the model checker with no attach. */
class ChildVerifierCommandTest {
    private static final List<Path> CLASS_PATH = List.of(Path.of("work"), Path.of("lib", "lincheck-3.7.jar"),
            Path.of("lib", "byte-buddy-agent-1.14.12.jar"));
    private static final Path TMP = Path.of("private", "tmp");

    @Test
    void theModelCheckerLoadsItsAgentAtStartUpAndEveryChildHasItsOwnTempFolder() {
        List<String> model = ChildVerifier.command("model", CLASS_PATH, "CounterScenario", "Counter.java", TMP);
        assertThat(model).contains("-javaagent:" + Path.of("lib", "byte-buddy-agent-1.14.12.jar"), "-Djava.io.tmpdir=" + TMP);
        assertThat(model.indexOf("-javaagent:" + Path.of("lib", "byte-buddy-agent-1.14.12.jar")))
                .isLessThan(model.indexOf(ChildVerifier.MAIN));
        for (String mode : List.of("race", "stress")) {
            List<String> other = ChildVerifier.command(mode, CLASS_PATH, "CounterScenario", "Counter.java", TMP);
            assertThat(other).as(mode).contains("-Djava.io.tmpdir=" + TMP).noneMatch(a -> a.startsWith("-javaagent:"));
        }
    }
}
