package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * concur verify writes nowhere but where it says: run as a learner runs it, in a folder of its own and with a temp
 * folder of its own (the system temp folder is shared with every other program, so a file there could not be told
 * apart), it leaves both as it found them, whether the verdict is a pass, a failure or a compile error (the last
 * ends the child JVMs while they still start up).
 */
class LeavesNothingBehindIT {
    private static final Path JAR = Path.of("target", "concur.jar").toAbsolutePath();

    @TempDir
    Path scratch;

    @Test
    void verifyLeavesNoFileInTheTempFolderOrTheWorkingFolder() throws Exception {
        Path tmp = Files.createDirectory(scratch.resolve("tmp"));
        Path cwd = Files.createDirectory(scratch.resolve("cwd"));
        Path home = Files.createDirectory(scratch.resolve("home"));
        Path files = Files.createDirectory(scratch.resolve("files"));
        Path starter = Files.writeString(files.resolve("Starter.java"),
                Files.readString(Path.of("lessons/03-locks/exercises/counter/Counter.java")));
        Path solution = Files.writeString(files.resolve("Solution.java"),
                Files.readString(Path.of("lessons/03-locks/exercises/counter/solution/Counter.java")));
        Path broken = Files.writeString(files.resolve("Broken.java"), "public class Counter { int count }\n");
        assertThat(verify(solution, tmp, cwd, home)).as("the solution").isZero();
        assertThat(verify(starter, tmp, cwd, home)).as("the starter").isEqualTo(1);
        assertThat(verify(broken, tmp, cwd, home)).as("a compile error").isEqualTo(1);
        assertThat(tree(tmp)).as("the temp folder").isEmpty();
        assertThat(tree(cwd)).as("the working folder").isEmpty();
        assertThat(tree(home)).as("the home folder").isEmpty();
    }

    private int verify(Path file, Path tmp, Path cwd, Path home) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "verify", "counter", "--file", file.toString())
                .directory(cwd.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_STATE_HOME", scratch.resolve("state").toString());
        builder.redirectOutput(scratch.resolve("out.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("verify ends").isTrue();
        return process.exitValue();
    }

    private static List<String> tree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
