package concur.verifier;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the learner's code prints on System.out and System.err, the first thing a learner reaches for to debug, kept
 * one trial at a time: its first lines in full and a count of the rest, so that a loop printing forever costs no
 * memory. It reaches concur as one field of the report, data that the report's own lines carry: nothing printed can
 * become a report line, so nothing printed can forge or change a verdict.
 */
final class LearnerOutput extends OutputStream {
    static final int LINES = 20;
    private static final int LINE_BYTES = 1200;
    private static volatile LearnerOutput installed;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private int more;
    private boolean open;
    private Kept chosen;

    /** What one trial printed: {@code lines} in full, then {@code more} lines not kept. */
    record Kept(String of, List<String> lines, int more) {}

    private LearnerOutput() {}

    /** Takes System.out and System.err, from here on the learner's alone; the report goes on a stream of its own. */
    static LearnerOutput install() {
        LearnerOutput sink = new LearnerOutput();
        PrintStream learner = new PrintStream(sink, true, StandardCharsets.UTF_8);
        System.setOut(learner);
        System.setErr(learner);
        installed = sink;
        return sink;
    }

    /** The model checker makes a new scenario for each interleaving it runs: each begins a trial of its own. */
    static void beginAnother() {
        LearnerOutput sink = installed;
        if (sink != null) {
            sink.begin();
        }
    }

    /** Forgets what the last trial printed: what is printed from now on is the next trial's. */
    synchronized void begin() {
        line.reset();
        lines.clear();
        more = 0;
        open = false;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            endLine();
            return;
        }
        open = true;
        if (lines.size() < LINES && line.size() < LINE_BYTES) {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    private void endLine() {
        if (lines.size() < LINES) {
            lines.add(lineSoFar());
        } else {
            more++;
        }
        line.reset();
        open = false;
    }

    private String lineSoFar() {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** What the trial has printed so far, a last line without its line break included. */
    synchronized Kept snapshot(String of) {
        List<String> all = new ArrayList<>(lines);
        int notKept = more;
        if (open && all.size() < LINES) {
            all.add(lineSoFar());
        } else if (open) {
            notKept++;
        }
        return new Kept(of, List.copyOf(all), notKept);
    }

    /** Ends a trial: the output kept is that of the trial that failed, else of the first one. */
    synchronized void ended(String of, boolean failed) {
        if (failed || chosen == null) {
            chosen = snapshot(of);
        }
    }

    /** Puts the output kept into the report, when the learner's code printed anything. */
    synchronized void report(Map<String, String> report) {
        if (chosen == null || chosen.lines().isEmpty() && chosen.more() == 0) {
            return;
        }
        report.put("output_of", chosen.of());
        report.put("output", String.join("\n", chosen.lines()));
        report.put("output_more", Integer.toString(chosen.more()));
    }
}
