package concur.verify;

import java.util.List;
import java.util.Optional;

/**
 * What the instrumented run found: how many trials ran with a happens-before race detector watching, how many
 * wake-ups it injected, and the race it found, if any.
 *
 * @param note why it did not run, when it did not
 * @param edges the kinds of happens-before edge the learner's code made that ordered its threads' steps, in words
 */
public record RaceCheck(int trials, long wakeups, Optional<DataRace> race, Optional<String> note, List<String> edges) {
    public static final RaceCheck NONE = new RaceCheck(0, 0, Optional.empty(), Optional.empty(), List.of());

    /** Two accesses to one variable, at least one a write, that nothing orders. */
    public record DataRace(String variable, Access earlier, Access later, boolean collection) {
        /** What the Java memory model then allows, in one sentence. */
        public String consequence() {
            if (collection) {
                return "The " + variable.replaceFirst("^the ", "") + " is not thread-safe: calls that nothing orders can"
                        + " corrupt it (entries lost or doubled, a wrong size, an exception, a loop that never ends), and"
                        + " a reader may see it half-changed.";
            }
            if (earlier.write() && later.write()) {
                return "One write may be lost, and other threads may see the two in either order, or not see the"
                        + " last one at all.";
            }
            return "The memory model lets the read see an old value (even the default 0 or null) long after the"
                    + " write, and a reference to a new object before its fields are set: a half-built object.";
        }
    }

    /** One side of a race: the thread, the line of the learner's file, a read or a write, and of what. */
    public record Access(String thread, int line, boolean write, String what) {}

    /** The pass's share of the coverage line. */
    String coverage() {
        if (note.isPresent()) {
            return "no race detection (" + note.get() + ")";
        }
        if (trials == 0) {
            return "";
        }
        return race.isPresent() ? "the race detector found it in instrumented trial " + trials
                : "no data race in " + trials + (trials == 1 ? " instrumented trial" : " instrumented trials")
                        + " (happens-before checked" + (wakeups > 0 ? ", " + wakeups + " spurious wake-ups injected" : "")
                        + ")";
    }
}
