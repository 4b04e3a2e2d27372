package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** ./concur as a learner puts it on the PATH: a symlink in a bin folder, run from anywhere. */
    @Test
    void worksThroughASymlinkAndAChainOfThemFromAnotherFolder() throws Exception {
        Path bin = Files.createDirectories(state.resolve("bin"));
        Path links = Files.createDirectories(state.resolve("links"));
        Path elsewhere = Files.createDirectories(state.resolve("elsewhere"));
        Path launcher = REPO.toAbsolutePath().resolve("concur");
        Files.createSymbolicLink(bin.resolve("concur"), launcher);
        // a chain of two: bin/chained -> ../links/hop (relative, to be read against bin/) -> the launcher
        Files.createSymbolicLink(links.resolve("hop"), launcher);
        Files.createSymbolicLink(bin.resolve("chained"), Path.of("..", "links", "hop"));
        for (String name : List.of("concur", "chained")) {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", name + " list").directory(elsewhere.toFile());
            builder.environment().put("XDG_STATE_HOME", state.toString());
            builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
            builder.redirectError(state.resolve("stderr.txt").toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(name).isZero();
            assertThat(out).as(name).startsWith("basics ").contains("\nlocks ");
            assertThat(Files.readString(state.resolve("stderr.txt"))).as(name).isEmpty();
        }
        assertThat(elsewhere).isEmptyDirectory();
    }

    /**
     * The Markdown parser's classes load when a lesson's prose is shown, and never for `list` or the home; with the
     * lesson index the launcher names, `list` and the home parse no YAML either once the index is written.
     */
    @Test
    void listAndTheHomeParseNoMarkdownAndWithTheLessonIndexNoYaml() throws Exception {
        Path index = state.resolve("lessons.index");
        classesLoadedByTheJar(index, "list"); // writes the index
        assertThat(index).exists();
        for (List<String> args : List.of(List.of("list"), List.<String>of(), List.of("learn", "basics"))) {
            String loaded = classesLoadedByTheJar(index, args.toArray(String[]::new));
            assertThat(loaded).as("%s", args).contains("concur.Main ");
            if (args.isEmpty() || args.get(0).equals("list")) {
                assertThat(loaded).as("%s", args).doesNotContain("org.commonmark").doesNotContain("org.snakeyaml");
            } else {
                assertThat(loaded).as("%s", args).contains("org.commonmark.parser.Parser").contains("org.snakeyaml");
            }
        }
        // without the index, list parses every lesson.yaml
        assertThat(classesLoadedByTheJar(null, "list")).contains("org.snakeyaml");
    }

    /** The classes one run of the jar loads, without the launcher's start-up cache (which loads all it holds). */
    private String classesLoadedByTheJar(Path index, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path jar = REPO.toAbsolutePath().resolve("target/concur.jar");
        Path log = Files.createTempFile(state, "classes", ".txt");
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load:file=" + log, "-Dconcur.tty=",
                "-Dconcur.lessons=" + REPO.toAbsolutePath().resolve("lessons")));
        if (index != null) {
            command.add("-Dconcur.index=" + index);
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("XDG_STATE_HOME", state.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(log);
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

    /** The classes the JVM loaded for one run of ./concur, start-up cache included (it loads all it holds). */
    private String classesLoadedBy(String... args) throws Exception {
        concur("", args); // first, so that a rebuild or the cache's training run is not in the log
        Path log = state.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of("./concur"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + log);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return java.nio.file.Files.readString(log);
    }

    /**
     * What list and the home must not load, start-up cache included: the levels' Java parser (play loads it) and the
     * exercises' compiler (verify loads javac). A class in the cache is loaded by every command, so this also keeps
     * the launcher's training run from putting them there.
     */
    @Test
    void listAndTheHomeLoadNeitherTheLevelsJavaParserNorTheExercisesCompiler() throws Exception {
        assertThat(classesLoadedBy("list")).contains("concur.cli.ListCommand").doesNotContain("com.github.javaparser")
                .doesNotContain("com.sun.tools.javac");
        assertThat(classesLoadedBy()).contains("concur.cli.HomeShell").doesNotContain("com.github.javaparser")
                .doesNotContain("com.sun.tools.javac");
        assertThat(classesLoadedBy("play", "lost-update", "--solve")).contains("com.github.javaparser");
    }

    @Test
    void playMovesExitsZeroOnAWinOneWithoutTwoForAnUnknownLevel() throws Exception {
        Result won = concur("", "play", "lost-update", "--moves", "A A B A B B");
        assertThat(won.code()).isZero();
        assertThat(won.out()).contains("won in 6 moves").doesNotContain("\033");
        assertThat(concur("", "play", "lost-update", "--moves", "A").code()).isEqualTo(1);
        Result unknown = concur("", "play", "lost-updat3");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("concur: no level 'lost-updat3'. Did you mean 'lost-update'?\n");
        Result solved = concur("", "play", "two-locks", "--solve");
        assertThat(solved.out()).isEqualTo("moves: A B\n");
    }

    @Test
    void checkAllPassesAndReportsJson() throws Exception {
        Result result = concur("", "check", "--all", "--format", "json");
        // on a failure, the report says which lesson, exercise or level failed and why
        assertThat(result.code()).as("check --all reported:%n%s%n%s", result.out(), result.err()).isZero();
        assertThat(result.out()).startsWith("{\"lessons\":[").contains("\"id\":\"basics\",\"status\":\"passed\"")
                .contains("\"levels\":[").contains("{\"id\":\"lost-update\",\"lesson\":\"locks\",\"status\":\"passed\",\"shortest_win\":6");
    }

    @Test
    void aClosedPipeEndsQuietly() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "./concur list | head -n 1; echo \"exit ${PIPESTATUS[0]}\"")
                .directory(REPO.toFile());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(out.lines().findFirst().orElseThrow() + "\nexit 0\n");
        assertThat(out).startsWith("basics ");
    }

    @Test
    void strangeArgumentsGetOneLineAndExitTwo() throws Exception {
        for (String[] args : new String[][] {{"learn", "../../etc/passwd"}, {"learn", "/etc"}, {"learn", "0"}, {"learn", "99"},
                {"show", "ünïcödé\u0007"}, {"learn", "x".repeat(10_000)}, {"check", "--repeat", "many"},
                {"check", "--format", "json", "--format", "xml"}, {"frobnicate"}, {"learn", "--pace"}}) {
            Result result = concur("", args);
            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err().lines()).as(String.join(" ", args)).hasSize(1)
                    .allSatisfy(line -> assertThat(line).startsWith("concur: ").hasSizeLessThan(400).doesNotContain("\u0007"));
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void twoProcessesFinishingQuizzesAtOnceBothKeepTheirResults() throws Exception {
        List<Process> processes = new ArrayList<>();
        for (String lesson : List.of("basics", "daemons", "events")) {
            ProcessBuilder builder = new ProcessBuilder("./concur", "quiz", lesson).directory(REPO.toFile());
            builder.environment().put("XDG_STATE_HOME", state.toString());
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            processes.add(builder.start());
        }
        for (Process process : processes) {
            process.getOutputStream().write("a\na\na\na\na\na\na\na\na\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
        }
        for (Process process : processes) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        String saved = java.nio.file.Files.readString(state.resolve("concur/progress.properties"));
        assertThat(saved).contains("lesson.basics.questions=").contains("lesson.daemons.questions=")
                .contains("lesson.events.questions=");
    }

    @Test
    void aCAsciiLocaleGetsAsciiGlyphs() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("./concur", "check", "basics").directory(REPO.toFile());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        builder.environment().put("LANG", "C");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_CTYPE");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("+ passed  basics").doesNotContain("✓").doesNotContain("\033");
    }
}
