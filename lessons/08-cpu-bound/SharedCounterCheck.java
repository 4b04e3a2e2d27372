package concur.lessons.cpubound;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All five ways of counting, one shared AtomicLong included, counted exactly the hits points 0 to 11,999,999 give.
 * One thread on an AtomicLong is slower than one thread on its own count (the atomic's own cost), and with two cores
 * or more, every thread on one AtomicLong is slower than each thread on its own count. How much of the N-thread
 * AtomicLong's loss is contention, beyond the atomic's own cost, depends on the machine: it is measured.
 */
public class SharedCounterCheck implements DemoCheck {
    private static final long POINTS = 12_000_000;
    private static final long HITS = 9_423_482; // SharedCounter.hit gives 1 for this many of the points
    // printf formats numbers in the JVM's locale: 9,423,482 and 38.2 here, 9.423.482 and 38,2 in Germany.
    static final String NUM = "(\\d[\\d.,'\\u00a0\\u202f\\u2019]*)";
    private static final Pattern HEADER =
            Pattern.compile("^" + NUM + " points, (\\d+) cores; warm-up, then best of 5 rounds$");
    private static final Pattern WAY = Pattern.compile("^(.+?):\\s+" + NUM + " ms\\s+" + NUM + "\\s+" + NUM + "x$");

    /** One line of the table: a way of counting, its best time, the hits it counted and its speed-up. */
    record Way(String name, double ms, long hits, double speedup) {}

    /** The table's lines, in order; the virtual-on-cpu demo prints the same table. */
    static List<Way> ways(List<String> lines) {
        List<Way> ways = new ArrayList<>();
        for (String line : lines) {
            Matcher m = WAY.matcher(line);
            if (m.matches()) {
                ways.add(new Way(m.group(1), Transcript.decimalNumber(m.group(2)), Transcript.wholeNumber(m.group(3)),
                        Transcript.decimalNumber(m.group(4))));
            }
        }
        return ways;
    }

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> lines = run.textsOf("main");
        Matcher header = lines.isEmpty() ? null : HEADER.matcher(lines.get(0));
        if (header == null || !header.matches()) {
            verdict.fail("the demo did not start by printing the points and the cores");
            return;
        }
        verdict.require(Transcript.wholeNumber(header.group(1)) == POINTS, "the work is not " + POINTS + " points: update the check");
        int cores = Integer.parseInt(header.group(2));
        List<Way> ways = ways(lines);
        List<String> expected = List.of("1 thread, own count", "1 thread, one AtomicLong",
                cores + " threads, one AtomicLong", cores + " threads, one LongAdder", cores + " threads, own counts");
        if (!ways.stream().map(Way::name).toList().equals(expected)) {
            verdict.fail("expected one line for each of " + expected + ", got " + ways);
            return;
        }
        for (Way way : ways) {
            verdict.require(way.hits() == HITS, "'" + way.name() + "' counted " + way.hits() + " hits, not " + HITS
                    + ": a lost update, or work skipped or done twice");
            // Busy spells can push a speed-up past the core count (4.1x was seen on 2 cores under a deliberate
            // load); only a broken measurement goes past ten times the core count.
            verdict.require(way.speedup() > 0 && way.speedup() < 10.0 * cores,
                    "'" + way.name() + "': a speed-up of " + way.speedup() + " on " + cores + " cores is impossible");
        }
        verdict.require(ways.get(0).speedup() == 1.0, "the 1-thread baseline must have a speed-up of 1.00x");
        double alone = ways.get(1).speedup();
        double contended = ways.get(2).speedup();
        double ownCounts = ways.get(4).speedup();
        // One thread, the same points: the AtomicLong way adds an atomic instruction for every hit, behind a branch
        // the processor mispredicts on one point in five. Measured on this 2-core machine, shared with other work,
        // with and without two CPU hogs (40 runs): 0.15x to 0.91x. The local counts add hit(i), a 1 or a 0, with no
        // branch: written as an if, the JIT picked a branch or a conditional move from its profile, right at its
        // threshold, and about one fresh JVM in twenty ran the count three times slower.
        verdict.require(alone < 1.0, "one thread on an AtomicLong (" + alone
                + "x) was not slower than one thread on its own count");
        // With two cores or more, the N threads on one AtomicLong pay that cost and contend for one cache line, while
        // the own counts pay neither. Measured here, idle and busy (40 runs): one AtomicLong 0.29x to 1.03x, own
        // counts 0.38x to 2.7x, and the AtomicLong never ahead within one run. On one core there is only one thread,
        // and nothing to compare.
        if (cores >= 2) {
            verdict.require(contended < ownCounts, "one shared AtomicLong (" + contended
                    + "x) was not slower than each thread on its own count (" + ownCounts + "x)");
        }
        verdict.measure("speedup_atomic_alone", alone);
        verdict.measure("speedup_contended", contended);
        verdict.measure("speedup_adder", ways.get(3).speedup());
        verdict.measure("speedup_partial_sums", ownCounts);
    }
}
