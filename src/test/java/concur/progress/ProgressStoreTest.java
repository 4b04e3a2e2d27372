package concur.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private final StringWriter warnings = new StringWriter();

    private ProgressStore store() {
        return new ProgressStore(dir.resolve("concur"), new PrintWriter(warnings, true));
    }

    @Test
    void nothingRecordedMeansNoProgress() {
        assertThat(store().load()).isEmpty();
        assertThat(store().of("basics")).isEqualTo(LessonProgress.NONE);
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void recordsDemoAndBestScoreAcrossInstances() {
        assertThat(store().recordDemoSeen("basics")).isTrue();
        store().recordQuiz("basics", 4, 7);
        store().recordQuiz("basics", 2, 7);
        LessonProgress basics = store().of("basics");
        assertThat(basics).isEqualTo(new LessonProgress(true, 4, 7));
        assertThat(basics.completed()).isFalse();
        store().recordQuiz("basics", 5, 7);
        assertThat(store().of("basics").completed()).isTrue();
    }

    /** Where a working copy was written survives every other change to the exercise, odd characters and all. */
    @Test
    void theWorkingCopysPathIsKeptAsWritten() {
        Path odd = dir.resolve(" lead\\ing space").resolve("wörk = copies").resolve("Counter.java");
        assertThat(store().recordCopy("counter", odd)).isTrue();
        store().recordAttempt("counter", true);
        store().recordHints("counter", 2);
        assertThat(store().exercise("counter")).isEqualTo(new ExerciseProgress(true, 1, 2, odd.toAbsolutePath().toString()));
        assertThat(store().exercise("sum").copy()).isEmpty();
    }

    @Test
    void aPassedQuizWithoutTheDemoIsNotCompleted() {
        store().recordQuiz("locks", 5, 5);
        assertThat(store().of("locks").completed()).isFalse();
    }

    @Test
    void levelsWonAreKeptBesideLessonsAndAFileFromBeforeTheGameStillReads() throws IOException {
        Files.createDirectories(dir.resolve("concur"));
        Files.writeString(dir.resolve("concur/progress.properties"), "format=1\nlesson.basics.demo-seen=true\n"
                + "lesson.basics.best-score=5\nlesson.basics.questions=7\n");
        assertThat(store().levelsWon()).isEmpty();
        assertThat(store().recordLevelWon("lost-update")).isTrue();
        store().recordQuiz("locks", 3, 5);
        assertThat(store().levelsWon()).containsExactly("lost-update");
        assertThat(store().of("basics")).isEqualTo(new LessonProgress(true, 5, 7));
        store().reset("locks", java.util.Set.of("lost-update"));
        assertThat(store().levelsWon()).isEmpty();
        assertThat(store().of("basics").completed()).isTrue();
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void aPlaceInALessonIsKeptApartFromProgressAndForgottenWhenTheLessonEndsOrIsReset() throws IOException {
        store().recordDemoSeen("basics");
        store().recordPlace("basics", 3);
        store().recordPlace("locks", 5);
        assertThat(store().places()).containsExactly(java.util.Map.entry("basics", 3), java.util.Map.entry("locks", 5));
        assertThat(Files.readString(store().file())).as("an older concur reads progress.properties as before")
                .doesNotContain("part");
        store().recordPlace("basics", null);
        assertThat(store().places()).containsOnlyKeys("locks");
        store().reset("locks");
        assertThat(store().places()).isEmpty();
        store().recordPlace("basics", 1);
        store().reset(null);
        assertThat(store().places()).isEmpty();
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void resetForgetsOneLessonOrAll() {
        store().recordDemoSeen("basics");
        store().recordDemoSeen("locks");
        store().reset("basics");
        assertThat(store().load()).containsOnlyKeys("locks");
        store().reset(null);
        assertThat(store().load()).isEmpty();
    }

    @Test
    void writesNoTemporaryFilesBehind() throws IOException {
        store().recordDemoSeen("basics");
        try (Stream<Path> files = Files.list(dir.resolve("concur"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("progress.properties",
                    "progress.properties.lock");
        }
    }

    @Test
    void aCorruptFileIsSetAsideWithOneWarningAndNothingIsDeleted() throws IOException {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        String garbage = "format=1\nlesson.basics.best-score=lots\n";
        Files.writeString(file, garbage);

        assertThat(store().load()).isEmpty();
        assertThat(warnings.toString().lines()).singleElement().asString()
                .startsWith("concur: warning: ").contains("was unreadable").contains("started afresh");
        try (Stream<Path> files = Files.list(file.getParent())) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("progress.properties.corrupt-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo(garbage);
        }
        assertThat(store().recordDemoSeen("basics")).isTrue();
        assertThat(store().of("basics").demoSeen()).isTrue();
    }

    @Test
    void emptyTruncatedAndBinaryFilesAreCorruptToo() throws IOException {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        for (byte[] content : new byte[][] {new byte[0], "format=1\nlesson.basics.best-sc".getBytes(),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}}) {
            Files.write(file, content);
            assertThat(store().load()).isEmpty();
            assertThat(Files.exists(file)).isFalse();
        }
        assertThat(warnings.toString().lines()).hasSize(3);
    }

    @Test
    void anUnwritableStateFolderWarnsAndGoesOn() throws IOException {
        Path blocker = dir.resolve("concur");
        Files.writeString(blocker, "a file where the folder should be");
        assertThat(store().recordDemoSeen("basics")).isFalse();
        assertThat(warnings.toString()).startsWith("concur: warning: cannot save progress");
        assertThat(Files.readString(blocker)).isEqualTo("a file where the folder should be");
    }

    @Test
    void mergingKeepsTheBestOfBoth() {
        LessonProgress a = new LessonProgress(true, 2, 5);
        LessonProgress b = new LessonProgress(false, 4, 5);
        assertThat(a.merge(b)).isEqualTo(new LessonProgress(true, 4, 5));
        assertThat(b.merge(a)).isEqualTo(new LessonProgress(true, 4, 5));
    }
}
