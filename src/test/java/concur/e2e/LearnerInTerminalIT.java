package concur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner at a real terminal: ./concur in tmux, driven with keys, read from the screen. */
class LearnerInTerminalIT {
    private static final Path REPO = Path.of(System.getProperty("concur.repo", "."));

    @TempDir
    Path state;

    private TmuxSession tmux;

    @BeforeEach
    void requireTmux() {
        assertThat(TmuxSession.available()).as("tmux is needed for the terminal tests (.ci/run installs it)").isTrue();
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private TmuxSession concur(String... extraEnv) {
        List<String> env = new java.util.ArrayList<>(List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"));
        env.addAll(List.of(extraEnv));
        tmux = TmuxSession.start(REPO, 100, 40, env, "./concur");
        return tmux;
    }

    /** Presses Enter at each "Press Enter" pause until {@code text} shows. */
    private void enterUntil(String text) {
        for (int i = 0; i < 20 && !tmux.screen().contains(text); i++) {
            tmux.waitUntil(s -> s.contains(text) || lastLine(s).contains("Press Enter"), "a pause or " + text);
            if (!tmux.screen().contains(text)) {
                String before = tmux.screen();
                tmux.press("Enter");
                tmux.waitUntil(s -> !s.equals(before), "the screen to move on");
            }
        }
        tmux.waitFor(text);
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aWholeLessonFromTheHomeWithItsQuizByArrowsLettersAndTyping() {
        concur();
        String home = tmux.waitFor("concur>");
        assertThat(home).contains("basics").contains("Starting threads").contains("Type 'learn basics'");

        tmux.type("learn basics", "Enter");
        tmux.waitFor("Press Enter to run the demo");
        tmux.press("Enter");
        tmux.waitFor("both counters are done");
        tmux.waitFor("finished in");
        assertThat(tmux.history()).contains("counter-A │ 54").contains("counter-B │ 54");

        enterUntil("Question 1/7");
        tmux.press("Down", "Enter");                       // arrows: b
        tmux.waitFor("Question 2/7");
        tmux.press("f");                                   // a letter: False
        tmux.waitFor("Question 3/7");
        tmux.type("110", "Enter");                         // a typed number
        tmux.waitFor("Question 4/7");
        tmux.press("a", "b", "c");                         // several, by letter
        tmux.press("Enter");
        tmux.waitFor("Question 5/7");
        tmux.press("c");
        tmux.waitFor("Question 6/7");
        tmux.type("main", "Enter");                        // typed text
        tmux.waitFor("Question 7/7");
        tmux.press("Down", "Enter");
        String end = tmux.waitFor("Lesson basics completed.");
        assertThat(end).contains("Score: 7/7");
        tmux.waitUntil(s -> lastLine(s).startsWith("concur>"), "the prompt back");

        tmux.type("progress", "Enter");
        assertThat(tmux.waitFor("lessons completed.")).containsPattern("1 of \\d+ lessons completed");
        assertThat(tmux.history()).doesNotContain("Exception").doesNotContain("\tat ");

        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }

    @Test
    void aLongLessonIsPagedUnderItsTitleAndQLeavesItToGoOnLater() {
        List<String> env = List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8");
        tmux = TmuxSession.start(REPO, 100, 40, env, "./concur", "learn", "locks");
        tmux.waitUntil(s -> lastLine(s).startsWith("Press Enter for more"), "the first page");
        assertThat(tmux.screen().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).matches("Lesson 3/\\d+: Locks and lost updates"));
        enterUntil("Enter to answer, q to stop");
        tmux.press("q");                                   // q at the predict prompt
        tmux.waitFor("Lesson stopped.");
        assertThat(tmux.waitForExit()).isZero();
        tmux.close();

        tmux = TmuxSession.start(REPO, 100, 40, env, "./concur", "learn", "locks");
        tmux.waitFor("You left this lesson at the demo \"Four threads add to one counter"); // the place, by its name
        tmux.press("Enter");                               // go on from there: straight to the prediction
        tmux.waitFor("Enter to answer, q to stop");          // the picker reads keys now, Ctrl-C among them
        assertThat(tmux.screen()).contains("Predict first").doesNotContain("So far each thread had work of its own.");
        tmux.press("C-c");
        tmux.waitFor("Lesson stopped.");
        assertThat(tmux.waitForExit()).isEqualTo(130);
        tmux.close();

        tmux = TmuxSession.start(REPO, 100, 40, env, "./concur", "learn", "locks");
        tmux.waitFor("s to start over");
        tmux.press("s");
        tmux.waitFor("So far each thread had work of its own.");
        tmux.press("q");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(tmux.history()).doesNotContain("Exception");
    }

    @Test
    void ctrlCStopsALessonAndClearsThePromptAndCtrlDLeaves() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("learn basics", "Enter");
        tmux.waitFor("Press Enter to run the demo");
        tmux.press("C-c");
        tmux.waitFor("Lesson stopped.");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the prompt back");

        // Ctrl-C at the prompt is a signal, and the terminal drops input the program has not read yet when it
        // sends one: so the line must be on screen (read) before Ctrl-C, and the prompt cleared before typing on.
        tmux.type("some half-typed line");
        tmux.waitUntil(s -> lastLine(s).equals("concur> some half-typed line"), "the half-typed line on screen");
        tmux.press("C-c");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "a cleared prompt");
        tmux.type("lsit", "Enter");
        tmux.waitFor("unknown command 'lsit'. Did you mean 'list'?");

        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(tmux.history()).doesNotContain("Exception");
    }

    @Test
    void quittingALevelGivesBackTheScreenWithoutAPageOfBlankLines() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("play lost-update", "Enter");
        tmux.waitFor("Goal: Make two increments");
        tmux.press("q");
        String screen = tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the prompt back");
        // the board was drawn on the alternate screen: the home's lines come back as they were, the prompt under them
        assertThat(screen.stripTrailing()).endsWith("concur> play lost-update\nconcur>");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }

    @Test
    void tabCompletesCommandsAndLessonIds() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("lea", "Tab");
        tmux.waitUntil(s -> lastLine(s).startsWith("concur> learn"), "the command completed");
        tmux.type("bas", "Tab");
        tmux.waitUntil(s -> lastLine(s).startsWith("concur> learn basics"), "the lesson completed");
        tmux.press("C-c");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "a cleared prompt");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"NO_COLOR=1", "TERM=dumb"})
    void noColorOrADumbTerminalMeansNoEscapeSequencesAtAll(String setting) {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, setting), "./concur", "run", "basics");
        assertThat(tmux.waitForExit()).isZero();
        String screen = tmux.screenWithEscapes();
        assertThat(screen).contains("both counters are done").doesNotContain("\033");
    }

    @Test
    void anInstructorStepsThroughADemoInSlowMotionAndStopsItWithCtrlC() {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"),
                "./concur", "run", "basics", "--step", "--pace", "slow");
        tmux.waitFor("Step 1/3: Two threads count from 0 to 54");
        tmux.waitFor("Press Enter to run it");
        tmux.press("Enter");
        tmux.waitFor("counter-B │ 3");
        tmux.press("C-c");
        tmux.waitFor("Stopped after");
        assertThat(tmux.waitForExit()).isEqualTo(130);
        assertThat(tmux.screen()).doesNotContain("counter-A │ 54").doesNotContain("Exception");
    }

    @Test
    void aDumbTerminalHomeTakesPlainLinesAndAnswers() {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, "TERM=dumb"), "./concur");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the plain prompt");
        tmux.type("quiz basics", "Enter");
        tmux.waitFor("answer (a letter)>");
        tmux.type("b", "Enter");
        tmux.waitFor("Question 2/7");
        tmux.press("C-d");
        tmux.waitFor("Quiz stopped after 1 of 7 questions.");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the plain prompt back");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(tmux.screenWithEscapes()).doesNotContain("\033");
    }

    @Test
    void aPredictionBeforeTheRunIsSetAgainstTheGradedOutcomes() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("learn locks --no-prose", "Enter");
        tmux.waitFor("Predict first");
        tmux.press("Enter"); // nothing picked yet: asked again, not run
        tmux.waitFor("Pick at least one");
        tmux.press("Down");
        tmux.press("Space");
        tmux.press("Enter");
        tmux.waitFor("Outcomes of 20 trials");
        String screen = tmux.screen();
        assertThat(screen).contains("below 4,000,000: threads overwrote each other's increments (you")
                .contains("exactly 4,000,000: every increment counted (not predicted)")
                // a row for a count, or for a range of counts when the trials ended at many: how many lost updates is the machine's
                .containsPattern("\\d,\\d{3},\\d{3}(\\.\\.\\d,\\d{3},\\d{3})? +█+ +\\d+");
        tmux.waitUntil(s -> lastLine(s).contains("Press Enter"), "the pause after the demo");
        tmux.press("q");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the prompt back");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(tmux.history()).doesNotContain("Exception");
    }

    @Test
    void ctrlCMidDemoAtTheHomeGivesThePromptBack() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("run daemons --pace slow", "Enter");
        tmux.waitFor("background tick 2");
        tmux.press("C-c");
        tmux.waitFor("Stopped after");
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the prompt back");
        tmux.type("list", "Enter");
        tmux.waitUntil(s -> tmux.history().split("Starting threads", -1).length == 3 && lastLine(s).equals("concur>"),
                "the list, then the prompt");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }

    @Test
    void aResizeMidDemoBreaksNothing() {
        concur();
        tmux.waitFor("concur>");
        tmux.type("run basics --pace 0.2", "Enter");
        tmux.waitFor("counter-A │ 5");
        tmux.resize(20, 30);
        tmux.waitFor("finished in");
        tmux.resize(100, 40);
        // what comes next is laid out at 20 or at 100 columns, as the resize reaches concur: read nothing width-bound
        tmux.waitUntil(s -> lastLine(s).equals("concur>"), "the prompt back");
        assertThat(tmux.history().split("finished in", -1)).as("all three demos ran").hasSize(4);
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
        assertThat(tmux.history()).doesNotContain("Exception").doesNotContain("internal error");
    }

    /**
     * Started at 20 columns rather than resized to them: tmux hands a resize to the program a moment after
     * resize-window returns, so keys sent straight after it may be read at the old width, or at the new one.
     */
    @Test
    void theHomeAtTwentyColumnsTakesEveryCommand() {
        tmux = TmuxSession.start(REPO, 20, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"), "./concur");
        tmux.waitFor("concur>");
        int prompts = 1;
        for (String command : List.of("list", "help", "progress", "show basics", "check basics", "run --help",
                "quiz --help", "learn bascis")) {
            tmux.type(command, "Enter");
            int expected = ++prompts;
            tmux.waitUntil(s -> promptsIn(tmux.history()) == expected && lastLine(s).equals("concur>"),
                    "the prompt back after '" + command + "'");
        }
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
        String history = tmux.history();
        assertThat(history).doesNotContain("internal error").doesNotContain("Exception:")
                .contains("Did you mean").contains("passed");
    }

    @Test
    void aQuizStartedAtThirtyColumnsAndResizedMidQuestion() {
        tmux = TmuxSession.start(REPO, 30, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"), "./concur", "quiz", "basics");
        tmux.waitFor("Question 1/7");
        tmux.press("b");
        tmux.waitFor("Question 2/7");
        tmux.resize(20, 40);
        tmux.press("f");
        tmux.waitFor("Question 3/7");
        tmux.resize(60, 40);
        tmux.press("C-c");
        tmux.waitForExit();
        assertThat(tmux.history()).doesNotContain("internal error").doesNotContain("Exception");
    }

    /** A choice prompt drawn at 100 columns, the terminal narrowed to 40: the next key draws it whole at 40. */
    @Test
    void aPredictPromptNarrowedIsDrawnAgainAtTheNewWidth() throws InterruptedException {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"), "./concur", "learn",
                "locks", "--no-prose");
        tmux.waitFor("Where can a trial's count end?");
        tmux.resize(40, 40);
        String footer = "up/down to move, space or a letter to";
        // tmux hands the resize on a moment after resize-window returns: each key is drawn at the width concur knows
        for (int i = 0; i < 50 && tmux.screen().lines().noneMatch(footer::equals); i++) {
            tmux.press(i % 2 == 0 ? "Down" : "Up");
            Thread.sleep(200);
        }
        for (String key : List.of("Down", "Down", "Up")) { // each drawn over the last, at the new width
            tmux.press(key);
            Thread.sleep(300);
        }
        java.util.List<String> lines = tmux.screen().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.subList(lines.size() - 5, lines.size())).as(tmux.screen()).allMatch(l -> l.length() <= 40)
                .endsWith(footer, "pick, Enter to answer, q to stop")
                .anyMatch(l -> l.endsWith("a) [ ] exactly 4,000,000"));
        tmux.press("C-c");
        tmux.waitForExit();
    }

    private static int promptsIn(String history) {
        return (int) history.lines().filter(l -> l.startsWith("concur>")).count();
    }

    @Test
    void theTerminalIsRestoredAfterCtrlCInARawModePause() {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"), "sh", "-c",
                "./concur learn basics; echo \"[status $?]\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e -echo -e icanon -e -icanon");
        tmux.waitFor("Press Enter to run the demo");
        tmux.press("C-c");
        String after = tmux.waitFor("[status 130]");
        tmux.waitForExit();
        String screen = tmux.screen();
        assertThat(screen.lines()).contains("echo", "icanon").doesNotContain("-echo", "-icanon");
        assertThat(after).contains("Lesson stopped.");
    }

    // memory-model is left out, a known fault: its demos are child JVMs over in a tenth of a second, and a Ctrl-C
    // pressed as the first one's lines appear is lost (the lesson runs to its end, exit 0); to be found and fixed
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"basics", "subclassing", "locks", "queues", "executors",
            "daemons", "thread-locals", "cpu-bound", "events", "collections", "futures", "coordination"})
    void ctrlCMidDemoStopsEveryLesson(String lesson) {
        tmux = TmuxSession.start(REPO, 100, 40, List.of("XDG_STATE_HOME=" + state, "LANG=C.UTF-8"),
                "./concur", "run", lesson, "--pace", "slow");
        tmux.waitUntil(s -> s.lines().anyMatch(l -> l.matches("\\s+\\d+\\.\\d{3}s  .*│.*")), "a first demo line");
        tmux.press("C-c"); // in a demo ("Stopped after 1.2s.") or between two of them ("Stopped.")
        tmux.waitFor("Stopped");
        assertThat(tmux.waitForExit()).isEqualTo(130);
        assertThat(tmux.history()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Presses one key and waits until the board shows {@code after}. */
    private void key(String key, String after) {
        tmux.press(key);
        tmux.waitFor(after);
    }

    @Test
    void theSchedulerGameLostUpdateWonByKeysThenTheDeadlockLostOnceAndWon() {
        concur();
        tmux.waitFor("concur>");
        tmux.resize(80, 40); // the width the game is laid out for in front of a room
        tmux.type("play", "Enter");
        tmux.waitFor("lost-update");

        tmux.type("play lost-update", "Enter");
        tmux.waitFor("Goal: Make two increments leave the counter at 1.");
        key("a", "Moves: A");
        key("a", "Moves: A A");
        key("b", "Moves: A A B");
        key("e", "*3 write count");                         // A's count++ unfolded: read, add, then the write
        key("a", "Moves: A A B A");
        key("b", "Moves: A A B A B");
        assertThat(tmux.screen()).contains("Shared: count = 1").contains("B next: write count");
        key("b", "You won in 6 moves, the shortest win.");
        assertThat(tmux.screen()).contains("Shared: count = 1").contains("lesson locks");
        tmux.press("q");
        tmux.waitUntil(s -> s.strip().endsWith("concur>"), "the prompt back");

        tmux.type("play two-locks", "Enter");
        tmux.waitFor("Goal: Make both threads wait for each other for ever.");
        for (int i = 1; i <= 6; i++) {
            key("a", "Moves:" + " A".repeat(i));
        }
        key("b", "A: finished");
        key("h", "No win is left from here");
        for (int i = 2; i <= 6; i++) {
            key("b", "Moves:" + " A".repeat(6) + " B".repeat(i));
        }
        tmux.waitFor("Lost: no thread can move, and the goal was not reached.");
        key("r", "Started again.");
        key("a", "Locks: savings held by A, checking free");
        key("a", "Locks: savings held by A, checking held by A");
        key("b", "B: waits for lock checking, held by A");
        key("u", "Undone.");
        key("b", "You won in 2 moves, the shortest win.");
        assertThat(tmux.screen()).contains("A: waits for lock checking, held by B")
                .contains("B: waits for lock savings, held by A");
        tmux.press("q");
        tmux.waitUntil(s -> s.strip().endsWith("concur>"), "the prompt back");

        tmux.type("play", "Enter");
        tmux.waitUntil(s -> s.lines().anyMatch(l -> l.startsWith("two-locks ") && l.endsWith("won")), "two-locks won");
        assertThat(tmux.history()).doesNotContain("Exception");
        tmux.press("C-d");
        assertThat(tmux.waitForExit()).isZero();
    }
}
