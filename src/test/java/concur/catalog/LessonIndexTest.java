package concur.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson index: list reads titles from it, and nothing it holds outlives a change to a lesson. */
class LessonIndexTest {
    @TempDir
    Path temp;

    private Path lessons;
    private Path index;

    /** How many lesson folders the course has, so that a new lesson needs no edit here. */
    private static int courseSize() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("lessons"))) {
            return (int) folders.filter(Files::isDirectory).count();
        }
    }

    @BeforeEach
    void copyTheCourse() throws IOException {
        lessons = temp.resolve("lessons");
        index = temp.resolve("target/lessons.index");
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            for (Path from : files.toList()) {
                Path to = lessons.resolve(Path.of("lessons").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    private LessonCatalog indexed() {
        return LessonCatalog.load(lessons, "lessons", index);
    }

    /** Gives the basics lesson another title, its lesson.yaml modified {@code millisLater} than it was. */
    private void retitleBasics(String title, long millisLater) throws IOException {
        Path meta = lessons.resolve("01-basics/lesson.yaml");
        FileTime before = Files.getLastModifiedTime(meta);
        Files.writeString(meta, Files.readString(meta).replace("title: Starting threads", "title: " + title));
        Files.setLastModifiedTime(meta, FileTime.fromMillis(before.toMillis() + millisLater));
    }

    @Test
    void aCatalogLoadedThroughTheIndexHoldsWhatAParsedOneHolds() throws IOException {
        LessonCatalog parsed = LessonCatalog.load(lessons, "lessons");
        indexed(); // writes the index
        assertThat(index).exists();
        LessonCatalog fromIndex = indexed();
        assertThat(fromIndex.ids()).isEqualTo(parsed.ids()).hasSize(courseSize());
        for (int i = 0; i < parsed.lessons().size(); i++) {
            Lesson expected = parsed.lessons().get(i);
            Lesson actual = fromIndex.lessons().get(i);
            assertThat(actual.number()).isEqualTo(expected.number());
            assertThat(actual.title()).isEqualTo(expected.title());
            assertThat(actual.summary()).isEqualTo(expected.summary());
            assertThat(actual.levelIds()).isEqualTo(expected.levelIds())
                    .isEqualTo(expected.levels().stream().map(LevelSpec::id).toList());
            // parsed when first asked for
            assertThat(actual.timeout()).isEqualTo(expected.timeout());
            // (a Pattern in a demo's outcomes has no equals: the text shows every part)
            assertThat(actual.demos()).hasToString(expected.demos().toString());
            assertThat(actual.levels()).isEqualTo(expected.levels());
        }
        assertThat(fromIndex.levels()).hasSizeGreaterThanOrEqualTo(9);
    }

    /** The index is read, not just written: an entry whose stamp matches is taken as it is. */
    @Test
    void anUpToDateEntryIsTakenWithoutParsingTheLesson() throws IOException {
        indexed();
        String text = Files.readString(index);
        assertThat(text).contains("01-basics.title=Starting threads");
        Files.writeString(index, text.replace("01-basics.title=Starting threads", "01-basics.title=Taken from the index"));
        assertThat(indexed().resolve("basics").title()).isEqualTo("Taken from the index");
    }

    @Test
    void aLessonEditedAfterTheIndexWasWrittenIsParsedAgainAndTheIndexFollows() throws IOException {
        indexed();
        retitleBasics("Starting many threads", 2000);
        assertThat(indexed().resolve("basics").title()).isEqualTo("Starting many threads");
        assertThat(Files.readString(index)).contains("01-basics.title=Starting many threads")
                .doesNotContain("01-basics.title=Starting threads");
        assertThat(indexed().resolve("basics").title()).isEqualTo("Starting many threads");
    }

    @Test
    void anEditThatKeepsTheSizeButNotTheTimeIsSeen() throws IOException {
        indexed();
        retitleBasics("Starting THREADS", 1);
        assertThat(indexed().resolve("basics").title()).isEqualTo("Starting THREADS");
    }

    @Test
    void aRemovedLessonLeavesTheIndex() throws IOException {
        indexed();
        assertThat(Files.readString(index)).contains("09-events.title");
        try (Stream<Path> files = Files.walk(lessons.resolve("09-events"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        assertThat(indexed().ids()).hasSize(courseSize() - 1);
        assertThat(Files.readString(index)).doesNotContain("09-events");
    }

    @Test
    void aMalformedOrForeignIndexIsIgnoredAndWrittenAnew() throws IOException {
        Files.createDirectories(index.getParent());
        for (String junk : List.of("\\u12", "format=0\n01-basics.stamp=1:1\n01-basics.title=Old\n01-basics.summary=Old\n",
                "\u0000\u0001 not an index")) {
            Files.writeString(index, junk);
            LessonCatalog catalog = indexed();
            assertThat(catalog.resolve("basics").title()).isEqualTo("Starting threads");
            assertThat(Files.readString(index)).contains("format=1").contains("01-basics.title=Starting threads");
        }
    }

    @Test
    void anIndexThatCannotBeWrittenCostsNothingButTime() throws IOException {
        Files.writeString(temp.resolve("a-file"), "not a folder");
        index = temp.resolve("a-file/lessons.index");
        assertThat(indexed().ids()).hasSize(courseSize());
        assertThat(indexed().resolve("locks").levels()).isNotEmpty();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lessons", "a-file");
        }
    }

    @Test
    void aBrokenLessonIsStillReportedWhenTheIndexIsUsed() throws IOException {
        indexed();
        Path meta = lessons.resolve("03-locks/lesson.yaml");
        Files.writeString(meta, Files.readString(meta).replace("demos:", "demoz:"));
        org.assertj.core.api.Assertions.assertThatThrownBy(this::indexed).isInstanceOf(ContentException.class)
                .hasMessageContaining("lessons/03-locks/lesson.yaml");
    }
}
