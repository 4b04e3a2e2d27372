package concur.catalog;

import concur.files.WholeFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What listing the course needs from each lesson.yaml (its title and summary), kept in a file so that list and the
 * home start without parsing any YAML. An entry counts only while its lesson.yaml has the size and modification time
 * it had when the entry was written; any other lesson is parsed as before, and the file is written anew. The file is
 * a cache: unreadable, malformed or unwritable, it is ignored, and nothing but start-up time is lost.
 */
final class LessonIndex {
    /** Changes whenever what an entry holds changes, so an index written by another version is not read. */
    private static final String FORMAT = "1";
    private static final String FORMAT_KEY = "format";

    /** A lesson's title and summary as of its lesson.yaml's {@code stamp}. */
    record Entry(String stamp, String title, String summary) {}

    private final Path file;
    private final Properties read;
    private final Properties next = new Properties();

    private LessonIndex(Path file, Properties read) {
        this.file = file;
        this.read = read;
        next.setProperty(FORMAT_KEY, FORMAT);
    }

    /** The index kept in {@code file}; empty when the file is missing or cannot be read. */
    static LessonIndex open(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            properties.clear(); // missing or malformed: every lesson is parsed, and the file written anew
        }
        if (!FORMAT.equals(properties.getProperty(FORMAT_KEY))) {
            properties.clear();
        }
        return new LessonIndex(file, properties);
    }

    /** What a lesson folder's meta file is now, as far as the index can tell: its size and modification time. */
    static String stamp(Path meta) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(meta, BasicFileAttributes.class);
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** The entry for a lesson folder, if there is one for its meta file as it is now; kept for the next write. */
    Optional<Entry> fresh(String folder, String stamp) {
        String title = read.getProperty(folder + ".title");
        String summary = read.getProperty(folder + ".summary");
        if (!stamp.equals(read.getProperty(folder + ".stamp")) || title == null || summary == null) {
            return Optional.empty();
        }
        Entry entry = new Entry(stamp, title, summary);
        put(folder, entry);
        return Optional.of(entry);
    }

    /** Records a lesson folder's entry for the next write: one just parsed, or one still up to date. */
    void put(String folder, Entry entry) {
        next.setProperty(folder + ".stamp", entry.stamp());
        next.setProperty(folder + ".title", entry.title());
        next.setProperty(folder + ".summary", entry.summary());
    }

    /**
     * Writes the entries of this load when they differ from the file's (a lesson parsed afresh, removed or renamed):
     * to a temporary file first, then moved over the old one, so a reader never sees half a file.
     */
    void save() {
        if (read.equals(next)) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringWriter text = new StringWriter();
            next.store(text, "concur's lesson index: titles and summaries of lesson.yaml files, by size and time");
            WholeFile.replace(file, text.toString());
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs start-up time
        }
    }
}
