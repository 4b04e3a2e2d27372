package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion: the script `concur completion bash` prints, sourced in a real bash, and the home's prompt. */
class CompletionTest {
    private static final Path LESSONS = Path.of("lessons");

    @TempDir
    Path state;

    private final TestConsole console = new TestConsole("");

    @Test
    void bashCompletesCommandsLessonIdsOptionsAndTheirValues() throws Exception {
        Map<String, List<String>> replies = askBash(LESSONS, "concur le", "concur learn lo", "concur check --f",
                "concur check --format ", "concur run basics --pace s", "concur completion ", "concur check locks q",
                "concur quiz 1");
        assertThat(replies.get("concur le")).containsExactly("learn");
        assertThat(replies.get("concur learn lo")).containsExactly("locks");
        assertThat(replies.get("concur check --f")).containsExactly("--format");
        assertThat(replies.get("concur check --format ")).containsExactly("text", "json", "junit");
        assertThat(replies.get("concur run basics --pace s")).containsExactly("slow");
        assertThat(replies.get("concur completion ")).containsExactly("bash", "zsh");
        assertThat(replies.get("concur check locks q")).containsExactly("queues");
        assertThat(replies.get("concur quiz 1")).isEmpty();
    }

    @Test
    void lessonIdsComeFromTheCatalogSoANewLessonCompletesWithNoCodeChange() throws Exception {
        assertThat(askBash(TestConsole.FIXTURES, "concur show ").get("concur show "))
                .containsExactly("hello", "sleepy", "crash");
    }

    @Test
    void theHomeOffersTheWordsTheShellOffers() throws Exception {
        String[] lines = {"concur ", "concur l", "concur learn ", "concur learn lo", "concur check --f",
            "concur check --format ", "concur check --format json ", "concur run --pace ", "concur run basics --",
            "concur help ", "concur reset ", "concur completion z", "concur list ", "concur check basics ", "concur -"};
        Map<String, List<String>> shell = askBash(LESSONS, lines);
        App app = console.app(state, LESSONS);
        HomeShell.HomeCompleter home = new HomeShell(app).new HomeCompleter();
        for (String line : lines) {
            // at the home, the same line is typed with and without the program's name
            for (String typed : List.of(line, line.substring("concur ".length()))) {
                List<Candidate> candidates = new ArrayList<>();
                home.complete(null, new DefaultParser().parse(typed, typed.length()), candidates);
                List<String> words = candidates.stream().map(Candidate::value).filter(w -> !HomeShell.OWN_WORDS.contains(w)).toList();
                assertThat(words).as("home: '%s'", typed).containsExactlyInAnyOrderElementsOf(shell.get(line));
            }
        }
        List<Candidate> first = new ArrayList<>();
        home.complete(null, new DefaultParser().parse("ex", 2), first);
        assertThat(first).extracting(Candidate::value).containsExactly("exercise", "exit");
        List<Candidate> ids = new ArrayList<>();
        home.complete(null, new DefaultParser().parse("learn lo", 8), ids);
        assertThat(ids).extracting(Candidate::descr).containsExactly("Locks and lost updates");
    }

    /**
     * The function's replies come in course order; bash would sort them on the screen unless the compspec says
     * {@code nosort}, which is what {@code complete -p} shows of it.
     */
    @Test
    void bashOffersLessonsInCourseOrder() throws Exception {
        assertThat(askBash(LESSONS, "concur learn ").get("concur learn "))
                .isEqualTo(console.app(state, LESSONS).catalog().ids());
        TestConsole script = new TestConsole("");
        assertThat(Commands.execute(script.app(state, LESSONS), "completion", "bash")).isZero();
        Path file = state.resolve("order.bash");
        Files.writeString(file, script.out());
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p concur", "bash", file.toString())
                .redirectErrorStream(true).start();
        String spec = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(spec).contains("-o nosort").contains("-F _complete_concur").endsWith(" concur\n");
    }

    @Test
    void zshGetsTheScriptThatLoadsItsBashEmulationAndAnUnknownShellIsAUsageError() {
        App app = console.app(state, LESSONS);
        assertThat(Commands.execute(app, "completion", "zsh")).isZero();
        assertThat(console.out()).contains("bashcompinit").contains("complete -F _complete_concur");
        TestConsole other = new TestConsole("");
        assertThat(Commands.execute(other.app(state, LESSONS), "completion", "fish")).isEqualTo(ExitCode.USAGE);
        assertThat(other.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("concur: ").contains("fish"));
        assertThat(other.out()).isEmpty();
    }

    /**
     * Sources the script in bash and, for each line, sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT as bash
     * does on Tab, calls the completion function and reads COMPREPLY.
     */
    private Map<String, List<String>> askBash(Path lessons, String... lines) throws IOException, InterruptedException {
        TestConsole script = new TestConsole("");
        assertThat(Commands.execute(script.app(state, lessons), "completion", "bash")).isZero();
        Path file = state.resolve("concur.bash");
        Files.writeString(file, script.out());
        StringBuilder driver = new StringBuilder("source \"$1\"\n")
                // compopt only works while bash itself runs a completion; here the function is called directly
                .append("compopt() { :; }\n")
                .append("ask() {\n")
                .append("  COMP_LINE=\"$1\"; COMP_POINT=${#COMP_LINE}\n")
                .append("  read -ra COMP_WORDS <<< \"$1\"; [[ \"$1\" == *' ' ]] && COMP_WORDS+=('')\n")
                .append("  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()\n")
                .append("  _complete_concur\n")
                .append("  printf '%s' \"$1\"; printf '\\t%s' \"${COMPREPLY[@]}\"; printf '\\n'\n")
                .append("}\n");
        for (String line : lines) {
            driver.append("ask '").append(line).append("'\n");
        }
        Path driverFile = state.resolve("ask.sh");
        Files.writeString(driverFile, driver);
        Process bash = new ProcessBuilder("bash", driverFile.toString(), file.toString())
                .redirectError(state.resolve("bash-errors.txt").toFile()).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).isZero();
        assertThat(Files.readString(state.resolve("bash-errors.txt"))).isEmpty();
        Map<String, List<String>> replies = new LinkedHashMap<>();
        for (String reply : out.split("\n")) {
            String[] parts = reply.split("\t", -1);
            replies.put(parts[0], List.of(parts).subList(1, parts.length).stream().filter(w -> !w.isEmpty()).toList());
        }
        assertThat(replies.keySet()).containsExactly(lines);
        return replies;
    }
}
