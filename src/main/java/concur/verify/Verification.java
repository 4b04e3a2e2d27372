package concur.verify;

import java.util.List;
import java.util.Optional;

/**
 * What verifying one file found, and what was checked to find it.
 *
 * @param interleavings interleavings the model checker ran (0 when it did not run)
 * @param complete whether those were every interleaving of the scenarios
 * @param modelNote why the model checker did not run, when it did not
 * @param trace the model checker's account of the interleaving that broke the code
 * @param fileName the learner's file as it is named in traces, such as Counter.java
 * @param source the learner's source, to quote its lines
 * @param measured a figure the stress run measured, in words (such as a speed-up); empty when none
 * @param races what the instrumented run (the race detector, with wake-ups injected) found
 * @param output what the learner's code printed in the trial that failed, or in one that passed
 */
public record Verification(String exercise, Status status, String message, long durationMs, long interleavings,
        boolean complete, Optional<String> modelNote, int trials, int threads, int cores, int failures,
        Optional<String> trace, List<String> compileErrors, String fileName, String source, String measured,
        RaceCheck races, PrintedOutput output) {

    /** A verification in which the learner's code printed nothing. */
    public Verification(String exercise, Status status, String message, long durationMs, long interleavings,
            boolean complete, Optional<String> modelNote, int trials, int threads, int cores, int failures,
            Optional<String> trace, List<String> compileErrors, String fileName, String source, String measured,
            RaceCheck races) {
        this(exercise, status, message, durationMs, interleavings, complete, modelNote, trials, threads, cores, failures,
                trace, compileErrors, fileName, source, measured, races, PrintedOutput.NONE);
    }

    public enum Status {
        PASSED("passed"), FAILED("failed"), COMPILE_ERROR("compile-error"), TIMEOUT("timeout");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** How sure a pass is, in words: what the model checker covered and what the real threads ran. */
    public String coverage() {
        StringBuilder sb = new StringBuilder();
        if (modelNote.isPresent()) {
            sb.append("no model checking (").append(modelNote.get()).append(')');
        } else if (interleavings > 0 && trace.isPresent()) {
            sb.append("the model checker found it in interleaving ").append(interleavings);
        } else if (interleavings > 0) {
            sb.append(complete ? "all " + interleavings + " interleavings explored (complete)"
                    : interleavings + " interleavings, no failure (bounded search)");
        }
        String raceCoverage = races.coverage();
        if (!raceCoverage.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(raceCoverage);
            if (complete && races.race().isEmpty() && races.note().isEmpty()) {
                sb.append(": with no data race, the memory model promises that every execution is one of the interleavings explored");
            }
        }
        if (trials > 0) {
            sb.append(sb.isEmpty() ? "" : "; ").append(trials).append(trials == 1 ? " trial" : " trials")
                    .append(threads > 1 ? " of " + threads + " threads" : "").append(" on ").append(cores)
                    .append(cores == 1 ? " core" : " cores").append(failures == 0 ? ", no failure" : ", " + failures + " failed");
        }
        if (!measured.isEmpty()) {
            sb.append("; measured: ").append(measured);
        }
        return sb.toString();
    }
}
