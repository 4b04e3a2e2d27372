package concur.console;

import concur.files.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jline.utils.InfoCmp;

/**
 * Keeps the terminal's capabilities between runs. Each time JLine builds a system terminal it runs
 * {@code infocmp -x $TERM} to learn them, a process start that costs about 40 ms of the time to the prompt on 2
 * cores; with its answer kept in the state folder (for a week, per terminal type) later starts skip it. A cache
 * only: anything wrong with it (unreadable, empty, odd name) and JLine asks infocmp as before.
 */
public final class TerminfoCache {
    static final Duration MAX_AGE = Duration.ofDays(7);
    private static final Pattern TERM_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");
    private final Path folder;
    /** What {@link #offer} handed JLine, so that {@link #keep} need not read the file again to compare. */
    private String offered;

    public TerminfoCache(Path stateDir) {
        this.folder = stateDir.resolve("terminfo");
    }

    /** Before the terminal is built: hands JLine the capabilities kept for {@code term}, if there are fresh ones. */
    public void offer(String term) {
        Path file = fileFor(term);
        if (file == null) {
            return;
        }
        try {
            if (!Files.isRegularFile(file)
                    || Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(MAX_AGE))) {
                return;
            }
            String caps = Files.readString(file, StandardCharsets.UTF_8);
            if (!caps.isBlank()) {
                InfoCmp.setLoadedInfoCmp(term, caps);
                offered = caps;
            }
        } catch (IOException | RuntimeException e) {
            // a cache: JLine asks infocmp instead
        }
    }

    /** After the terminal is built: keeps what JLine learned about {@code term}, unless it came from {@link #offer}. */
    public void keep(String term) {
        Path file = fileFor(term);
        if (file == null) {
            return;
        }
        try {
            String caps = InfoCmp.getLoadedInfoCmp(term);
            if (caps == null || caps.isBlank() || caps.equals(offered)) {
                return;
            }
            Files.createDirectories(folder);
            WholeFile.replace(file, caps);
        } catch (IOException | RuntimeException e) {
            // not kept: the next start asks infocmp again
        }
    }

    /** Where {@code term}'s capabilities are kept; null for a name that is not a plain terminal type. */
    Path fileFor(String term) {
        return term != null && TERM_NAME.matcher(term).matches() ? folder.resolve(term + ".caps") : null;
    }
}
