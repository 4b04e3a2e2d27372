package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./concur as scripts and CI call it: piped, no terminal, exit codes. */
class LauncherIT {
    private static final Path REPO = Path.of(System.getProperty("concur.repo", "."));

    @TempDir
    Path state;

    record Result(int code, String out, String err) {}

    private Result concur(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./concur"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        builder.redirectError(state.resolve("stderr.txt").toFile());
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = java.nio.file.Files.readString(state.resolve("stderr.txt"));
        return new Result(process.exitValue(), out, err);
    }

    @Test
    void listIsPlainTextWithTheIdFirst() throws Exception {
        Result list = concur("", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).startsWith("basics ").doesNotContain("\033");
        assertThat(list.err()).isEmpty();
    }

    @Test
    void anUnknownLessonExitsTwoWithOneLine() throws Exception {
        Result result = concur("", "learn", "basic5");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("concur: no lesson 'basic5'. Did you mean 'basics'?\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void learnReadsQuizAnswersFromStdinAndEndsCleanlyAtEndOfInput() throws Exception {
        Result result = concur("b\nf\n", "learn", "basics");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("both counters are done").contains("Quiz stopped after 2 of 7 questions.")
                .doesNotContain("\033");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void checkAllPassesAndReportsJson() throws Exception {
        Result result = concur("", "check", "--all", "--format", "json");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("{\"lessons\":[").contains("\"id\":\"basics\",\"status\":\"passed\"");
    }
}
