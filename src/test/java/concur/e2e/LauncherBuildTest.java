package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's build, told as it goes: the launcher is copied beside a stand-in for the Maven wrapper that writes
 * a log as Maven does (a step, a warning, an error) and fails, so no real build is needed to read what it says.
 */
class LauncherBuildTest {
    @TempDir
    Path repo;

    @Test
    void theBuildSaysWhichJdkItUsesAndEachStepAsItGoes() throws Exception {
        Files.copy(Path.of("concur"), repo.resolve("concur"));
        Path mvnw = repo.resolve("mvnw");
        Files.writeString(mvnw, """
                #!/usr/bin/env bash
                echo '[INFO] Scanning for projects...'
                echo '[INFO] --- toolchains:3.2.0:select-jdk-toolchain (default) @ concur ---'
                echo '[INFO] Found 2 possible jdks'
                echo '[INFO] --- compiler:3.14.0:compile (default-compile) @ concur ---'
                echo '[WARNING] /lessons/Demo.java:[32,59] [divzero] division by zero'
                echo '[ERROR] /src/Broken.java:[3,1] class, interface, enum, or record expected'
                echo '[INFO] BUILD FAILURE'
                exit 1
                """);
        for (Path script : List.of(mvnw, repo.resolve("concur"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String jdk = Path.of(System.getProperty("java.home")).toRealPath().toString();
        ProcessBuilder builder = new ProcessBuilder("./concur", "list").directory(repo.toFile())
                .redirectError(repo.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", jdk);
        Process launcher = builder.start();
        launcher.getOutputStream().close();
        String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> err = Files.readAllLines(repo.resolve("stderr.txt"));

        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(err.get(0)).startsWith("concur: building with Java " + Runtime.version().feature() + " at " + jdk
                + " (from JAVA_HOME)");
        assertThat(err.subList(1, err.size())).hasSize(4);
        assertThat(err.get(1)).matches("concur: building \\(\\d+ s\\): toolchains:select-jdk-toolchain \\(default\\)");
        assertThat(err.get(2)).matches("concur: building \\(\\d+ s\\): compiler:compile \\(default-compile\\)");
        assertThat(err.get(3)).isEqualTo("[ERROR] /src/Broken.java:[3,1] class, interface, enum, or record expected");
        assertThat(err.get(4)).isEqualTo("concur: the build failed; the messages above say why");
    }
}
