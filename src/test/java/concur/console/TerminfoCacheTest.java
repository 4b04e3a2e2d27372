package concur.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal capabilities kept between runs, so that JLine need not start infocmp each time. */
class TerminfoCacheTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String CAPS = "fake|a terminal for tests,\n\tam, cols#80,\n";

    @TempDir
    Path state;

    /** JLine keeps loaded capabilities in a static map: each test gets terminal names of its own. */
    private static String term() {
        return "concur-test-" + NAMES.incrementAndGet() + "-" + System.nanoTime();
    }

    @Test
    void keptCapabilitiesAreHandedToJlineOnTheNextStart() {
        String term = term();
        InfoCmp.setLoadedInfoCmp(term, CAPS); // as JLine does after running infocmp
        new TerminfoCache(state).keep(term);
        assertThat(state.resolve("terminfo").resolve(term + ".caps")).hasContent(CAPS);

        String next = term(); // a "new process": nothing loaded for this name yet
        new TerminfoCache(state).keep(next);
        assertThat(InfoCmp.getLoadedInfoCmp(next)).isNull();
        assertThat(state.resolve("terminfo").resolve(next + ".caps")).doesNotExist();
    }

    @Test
    void offerLoadsAFreshFileAndIgnoresStaleEmptyOrMissingOnes() throws IOException {
        Path folder = Files.createDirectories(state.resolve("terminfo"));
        String fresh = term(), stale = term(), empty = term(), missing = term();
        Files.writeString(folder.resolve(fresh + ".caps"), CAPS);
        Files.writeString(folder.resolve(stale + ".caps"), CAPS);
        Files.setLastModifiedTime(folder.resolve(stale + ".caps"),
                FileTime.from(Instant.now().minus(TerminfoCache.MAX_AGE).minusSeconds(60)));
        Files.writeString(folder.resolve(empty + ".caps"), "  \n");
        TerminfoCache cache = new TerminfoCache(state);
        for (String term : new String[] {fresh, stale, empty, missing}) {
            cache.offer(term);
        }
        assertThat(InfoCmp.getLoadedInfoCmp(fresh)).isEqualTo(CAPS);
        assertThat(InfoCmp.getLoadedInfoCmp(stale)).isNull();
        assertThat(InfoCmp.getLoadedInfoCmp(empty)).isNull();
        assertThat(InfoCmp.getLoadedInfoCmp(missing)).isNull();
    }

    @Test
    void whatWasOfferedIsNotWrittenBack() throws IOException {
        String term = term();
        Path file = Files.createDirectories(state.resolve("terminfo")).resolve(term + ".caps");
        Files.writeString(file, CAPS);
        FileTime dayOld = FileTime.from(Instant.now().minusSeconds(86_400));
        Files.setLastModifiedTime(file, dayOld);
        TerminfoCache cache = new TerminfoCache(state);
        cache.offer(term);
        cache.keep(term); // JLine used the offered capabilities: nothing new to keep
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(dayOld);
    }

    @Test
    void aStaleFileIsReplacedWithWhatJlineLoaded() throws IOException {
        String term = term();
        Path file = Files.createDirectories(state.resolve("terminfo")).resolve(term + ".caps");
        Files.writeString(file, "old");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(TerminfoCache.MAX_AGE).minusSeconds(60)));
        InfoCmp.setLoadedInfoCmp(term, CAPS);
        new TerminfoCache(state).keep(term);
        assertThat(file).hasContent(CAPS);
    }

    @Test
    void onlyPlainTerminalNamesBecomeFiles() {
        TerminfoCache cache = new TerminfoCache(state);
        assertThat(cache.fileFor("xterm-256color")).isEqualTo(state.resolve("terminfo").resolve("xterm-256color.caps"));
        for (String odd : new String[] {null, "", "../../etc/passwd", "/abs", "a/b", ".hidden", "x".repeat(65), "tab\tname"}) {
            assertThat(cache.fileFor(odd)).as(String.valueOf(odd)).isNull();
        }
    }

    @Test
    void anUnwritableStateFolderIsNoError() throws IOException {
        Path notAFolder = Files.writeString(state.resolve("file"), "x");
        String term = term();
        InfoCmp.setLoadedInfoCmp(term, CAPS);
        TerminfoCache cache = new TerminfoCache(notAFolder);
        cache.keep(term);
        cache.offer(term);
        assertThat(Files.isRegularFile(notAFolder)).isTrue();
    }
}
