package concur.lessons.cpubound;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On platform threads and on 100 virtual threads alike, the work counted exactly the scaling demo's hits. The
 * speed-ups are measured, not asserted: how much the cores give depends on what else the machine runs.
 */
public class VirtualOnCpuCheck implements DemoCheck {
    private static final Pattern HEADER = Pattern.compile(
            "^" + SharedCounterCheck.NUM + " points in 100 slices, (\\d+) logical CPUs; warm-up, then best of 3 rounds$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> lines = run.textsOf("main");
        Matcher header = lines.isEmpty() ? null : HEADER.matcher(lines.get(0));
        if (header == null || !header.matches()) {
            verdict.fail("the demo did not start by printing the points and the logical CPUs");
            return;
        }
        int cpus = Integer.parseInt(header.group(2));
        List<SharedCounterCheck.Way> ways = SharedCounterCheck.ways(lines);
        List<String> expected = List.of("1 platform thread", cpus + " platform threads", "100 virtual threads");
        if (!ways.stream().map(SharedCounterCheck.Way::name).toList().equals(expected)) {
            verdict.fail("expected one line for each of " + expected + ", got " + ways);
            return;
        }
        for (SharedCounterCheck.Way way : ways) {
            verdict.require(way.hits() == ScalingCheck.HITS, "'" + way.name() + "' counted " + way.hits()
                    + " hits, not " + ScalingCheck.HITS + ": some work was skipped or done twice");
            // As in the scaling demo: busy spells move a speed-up both ways, but never past ten times the CPUs.
            verdict.require(way.speedup() > 0 && way.speedup() < 10.0 * cpus,
                    "'" + way.name() + "': a speed-up of " + way.speedup() + " on " + cpus + " CPUs is impossible");
        }
        double platform = ways.get(1).speedup();
        double virtual = ways.get(2).speedup();
        verdict.measure("speedup_platform_threads", platform);
        verdict.measure("speedup_virtual_threads", virtual);
        verdict.measure("virtual_over_platform", virtual / platform);
    }
}
