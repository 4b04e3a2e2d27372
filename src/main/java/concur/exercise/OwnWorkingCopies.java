package concur.exercise;

import concur.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The learner's own working copies: the ones concur wrote the starter of for this learner, as their progress records
 * (the file's absolute path). Only a save of one of them can be credited as their solve. A file found where a working
 * copy goes that this learner's concur never wrote (made under another home or state folder, or before their progress
 * was deleted) is set aside, renamed and never deleted, and the starter is written in its place.
 */
public final class OwnWorkingCopies {
    private final WorkingCopies copies;
    private final ProgressStore progress;

    public OwnWorkingCopies(WorkingCopies copies, ProgressStore progress) {
        this.copies = copies;
        this.progress = progress;
    }

    /** How {@link #start} found the working copy. */
    public enum Found { NONE, OWN, NOT_OWN }

    /**
     * @param file the working copy, the learner's from now on
     * @param setAside where a copy that was not the learner's went, when there was one
     */
    public record Started(Found found, Path file, Optional<Path> setAside) {}

    public Path of(Exercise exercise) {
        return copies.of(exercise);
    }

    /** Makes sure the learner has their own working copy, keeping their edits when they have one. */
    public Started start(Exercise exercise) throws IOException {
        Path file = copies.of(exercise);
        if (Files.exists(file) && owns(exercise)) {
            return new Started(Found.OWN, file, Optional.empty());
        }
        if (Files.exists(file) && progress.exercise(exercise.id()).copy().isEmpty()
                && progress.exercise(exercise.id()).attempts() > 0) {
            // Progress from before copies were recorded: this learner has worked on the exercise, and the file is
            // where their concur puts it. Setting it aside would take their edits away from them.
            progress.recordCopy(exercise.id(), file);
            return new Started(Found.OWN, file, Optional.empty());
        }
        Optional<Path> aside = Optional.empty();
        if (Files.exists(file)) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path target = file.resolveSibling(file.getFileName() + ".set-aside-" + stamp);
            for (int n = 2; Files.exists(target); n++) {
                target = file.resolveSibling(file.getFileName() + ".set-aside-" + stamp + "-" + n);
            }
            aside = Optional.of(Files.move(file, target));
        }
        restart(exercise);
        return new Started(aside.isPresent() ? Found.NOT_OWN : Found.NONE, file, aside);
    }

    /** Writes the starter, for a learner starting out or over, and records the copy as theirs. */
    public void restart(Exercise exercise) throws IOException {
        copies.reset(exercise);
        progress.recordCopy(exercise.id(), copies.of(exercise));
    }

    /** Whether the working copy is the one concur wrote for this learner. */
    public boolean owns(Exercise exercise) {
        String recorded = progress.exercise(exercise.id()).copy();
        return !recorded.isEmpty() && recorded.equals(copies.of(exercise).toAbsolutePath().normalize().toString());
    }
}
