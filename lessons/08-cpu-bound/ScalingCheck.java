package concur.lessons.cpubound;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every run, on one thread and on all cores, did the same work: it counted exactly the hits that points 0 to
 * 23,999,999 give. The speed-up is recorded, and fails only when no machine could give it.
 */
public class ScalingCheck implements DemoCheck {
    private static final long POINTS = 24_000_000;
    static final long HITS = 18_849_279; // Scaling.hit gives 1 for this many of the points
    // printf formats numbers in the JVM's locale: 18,849,279 and 43.8 here, 18.849.279 and 43,8 in Germany.
    private static final String NUM = "(\\d[\\d.,'\\u00a0\\u202f\\u2019]*)";
    private static final Pattern HEADER = Pattern.compile("^logical CPUs the JVM may use: (\\d+); the work: " + NUM + " points$");
    private static final Pattern ROUND =
            Pattern.compile("^(warm-up|round \\d)\\s+" + NUM + " ms\\s+" + NUM + " ms\\s+" + NUM + " / " + NUM + "$");
    private static final Pattern PI = Pattern.compile("^pi is about 4 x hits / points = " + NUM + "$");
    private static final Pattern BEST =
            Pattern.compile("^best of 5: 1 thread " + NUM + " ms, (\\d+) threads " + NUM + " ms$");
    private static final Pattern SPEEDUP = Pattern.compile("^speed-up with (\\d+) threads: " + NUM + "x");

    /** One round: the time and the hits on 1 thread, then on every core. */
    private record Round(String name, double ms1, double msN, long hits1, long hitsN) {}

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> lines = run.textsOf("main");
        Matcher header = first(HEADER, lines);
        if (header == null) {
            verdict.fail("the demo did not print the cores it sees and the work");
            return;
        }
        int cores = Integer.parseInt(header.group(1));
        verdict.require(cores >= 1, "the JVM reported " + cores + " cores");
        verdict.require(Transcript.wholeNumber(header.group(2)) == POINTS, "the work is not " + POINTS + " points: update the check");
        verdict.measure("cores", cores);

        List<Round> rounds = new ArrayList<>();
        for (String line : lines) {
            Matcher m = ROUND.matcher(line);
            if (m.matches()) {
                rounds.add(new Round(m.group(1), Transcript.decimalNumber(m.group(2)), Transcript.decimalNumber(m.group(3)), Transcript.wholeNumber(m.group(4)),
                        Transcript.wholeNumber(m.group(5))));
            }
        }
        verdict.require(rounds.size() == 6, "expected a warm-up and 5 rounds, got " + rounds.size() + " rounds");
        for (Round r : rounds) {
            verdict.require(r.hits1() == HITS && r.hitsN() == HITS, r.name() + " counted " + r.hits1()
                    + " hits on 1 thread and " + r.hitsN() + " on " + cores + ", not " + HITS
                    + " each: some work was skipped or done twice");
        }
        Matcher pi = first(PI, lines);
        verdict.require(pi != null && Math.abs(Transcript.decimalNumber(pi.group(1)) - Math.PI) < 0.001,
                "the demo did not print pi from the hits");

        Matcher best = first(BEST, lines);
        Matcher speedup = first(SPEEDUP, lines);
        if (best == null || speedup == null || rounds.size() != 6) {
            verdict.fail("the demo did not print the best times and the speed-up");
            return;
        }
        double best1 = Transcript.decimalNumber(best.group(1));
        double bestN = Transcript.decimalNumber(best.group(3));
        List<Round> timed = rounds.subList(1, rounds.size()); // the warm-up does not count
        verdict.require(best1 == timed.stream().mapToDouble(Round::ms1).min().orElseThrow()
                        && bestN == timed.stream().mapToDouble(Round::msN).min().orElseThrow(),
                "the best times are not the fastest of rounds 1 to 5");
        double s = Transcript.decimalNumber(speedup.group(2));
        // The printed times are rounded to 0.1 ms and the speed-up to 0.01: allow exactly that much.
        double low = (best1 - 0.05) / (bestN + 0.05) - 0.005;
        double high = bestN > 0.05 ? (best1 + 0.05) / (bestN - 0.05) + 0.005 : Double.MAX_VALUE;
        verdict.require(s >= low && s <= high, "the speed-up " + s + " is not 1 thread's time / " + cores
                + " threads' time");
        // No lower bound: while other programs keep the cores busy the threads cannot run at once. On this 2-core
        // machine, with other builds running, the speed-up came out anywhere from 0.56x to 1.98x. Busy spells can
        // also push it above the core count (2.17x was seen; 4.1x in a similar demo under a deliberate load), as
        // one thread's rounds are all slowed and one of the parallel rounds is not. Only a broken measurement,
        // such as timing the threads before they finish, goes beyond ten times the core count.
        verdict.require(s > 0 && s < 10.0 * cores, "a speed-up of " + s + " on " + cores + " cores is impossible");
        verdict.measure("speedup_parallel", s);
        verdict.measure("time_1_thread_ms", best1);
        verdict.measure("time_all_cores_ms", bestN);
    }

    private static Matcher first(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }
}
