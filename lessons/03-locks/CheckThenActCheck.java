package concur.lessons.locks;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every trial is reported once, in order, with between one and four instances (four threads each asked once), and
 * the summary agrees with the trial lines. How many trials went wrong depends on the machine: measured, not required.
 */
public class CheckThenActCheck implements DemoCheck {
    static final int THREADS = 4, TRIALS = 20;
    static final Pattern TRIAL = Pattern.compile("^trial (\\d+): (\\d+) (instances?)$");
    static final Pattern SUMMARY = Pattern.compile("^more than one instance in (\\d+) of (\\d+) trials$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<Integer> outcomes = outcomes(run, verdict);
        if (outcomes == null) {
            return;
        }
        // the share of racy trials is measured by the graded outcomes, as check_then_act_surprising_rate
        verdict.measure("check_then_act_mean_instances",
                outcomes.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN));
    }

    /**
     * The instances each trial created, in trial order, once the invariants every run of either demo keeps have been
     * required; null when the output cannot be read at all.
     */
    static List<Integer> outcomes(Transcript run, Verdict verdict) {
        List<String> texts = run.textsOf("main");
        verdict.require(run.threads().stream().allMatch("main"::equals),
                "only main should print, but " + run.threads() + " did");
        if (texts.isEmpty()) {
            verdict.fail("main printed nothing");
            return null;
        }
        List<Integer> outcomes = new ArrayList<>();
        for (String text : texts.subList(0, texts.size() - 1)) {
            Matcher trial = TRIAL.matcher(text);
            if (!trial.matches()) {
                verdict.fail("not a trial line: " + text);
                return null;
            }
            int number = Integer.parseInt(trial.group(1)), instances = Integer.parseInt(trial.group(2));
            verdict.require(number == outcomes.size() + 1, "trial " + number + " came where trial "
                    + (outcomes.size() + 1) + " should have");
            verdict.require(instances >= 1 && instances <= THREADS, "trial " + number + " created "
                    + instances + " instances; " + THREADS + " threads make 1 to " + THREADS);
            verdict.require(trial.group(3).equals(instances == 1 ? "instance" : "instances"),
                    "trial " + number + " says \"" + trial.group(3) + "\" for " + instances);
            outcomes.add(instances);
        }
        Matcher summary = SUMMARY.matcher(texts.get(texts.size() - 1));
        if (!summary.matches()) {
            verdict.fail("the last line is not the summary: " + texts.get(texts.size() - 1));
            return null;
        }
        long racy = outcomes.stream().filter(n -> n > 1).count();
        verdict.require(outcomes.size() == TRIALS && Integer.parseInt(summary.group(2)) == TRIALS, "expected "
                + TRIALS + " trials, got " + outcomes.size() + " lines and a summary of " + summary.group(2));
        verdict.require(Long.parseLong(summary.group(1)) == racy,
                "the summary counts " + summary.group(1) + " trials with more than one instance, the lines " + racy);
        return outcomes;
    }
}
