package concur.check;

import concur.catalog.Outcomes;
import concur.runner.ThreadLine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** The outcome of each trial of a run, read from its printed lines, counted, and graded by the lesson's rules. */
public final class OutcomeTally {
    private final Outcomes outcomes;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private OutcomeTally(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Reads one outcome from every line that matches the lesson's outcome line; a line that says how many trials it
     * stands for counts that many (none, when it says 0).
     */
    public static OutcomeTally read(Outcomes outcomes, List<ThreadLine> lines) {
        OutcomeTally tally = new OutcomeTally(outcomes);
        for (ThreadLine line : lines) {
            Matcher m = outcomes.line().matcher(line.text());
            if (m.find() && m.group(1) != null) {
                int n = outcomes.countGroup() == 0 ? 1 : count(m.group(outcomes.countGroup()));
                if (n > 0) {
                    tally.counts.merge(m.group(1).strip(), n, Math::addExact);
                }
            }
        }
        return tally;
    }

    /** A printed count such as 1,048,576; 0 when the group did not match a whole number. */
    private static int count(String printed) {
        if (printed == null || !printed.matches("\\d{1,3}(,?\\d{3})*")) {
            return 0;
        }
        long n = Long.parseLong(printed.replace(",", ""));
        return n > Integer.MAX_VALUE ? 0 : (int) n;
    }

    /** A tally of outcomes given directly, one per trial. */
    public static OutcomeTally of(Outcomes outcomes, List<String> trials) {
        OutcomeTally tally = new OutcomeTally(outcomes);
        trials.forEach(t -> tally.counts.merge(t, 1, Integer::sum));
        return tally;
    }

    public Outcomes outcomes() {
        return outcomes;
    }

    /** Each distinct outcome and how many trials ended with it, in the order first seen. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public int trials() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The rule that grades an outcome; empty when no rule does, which makes it wrong. */
    public Optional<Outcomes.Rule> ruleFor(String outcome) {
        return outcomes.ruleFor(outcome);
    }

    public Outcomes.Grade gradeOf(String outcome) {
        return ruleFor(outcome).map(Outcomes.Rule::grade).orElse(Outcomes.Grade.WRONG);
    }

    /**
     * The outcomes a rule graded, with their counts, in the order first seen; with no rule, those that no rule
     * grades.
     */
    public Map<String, Integer> gradedBy(Optional<Outcomes.Rule> rule) {
        Map<String, Integer> graded = new LinkedHashMap<>();
        counts.forEach((outcome, n) -> {
            if (ruleFor(outcome).orElse(null) == rule.orElse(null)) {
                graded.put(outcome, n);
            }
        });
        return graded;
    }

    /** How many trials a rule graded. */
    public int count(Outcomes.Rule rule) {
        return gradedBy(Optional.of(rule)).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Outcomes.Grade grade) {
        return counts.entrySet().stream().filter(e -> gradeOf(e.getKey()) == grade).mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * What CI learns from the trials: a wrong outcome fails the check (this code can never produce it), a run
     * with no trial at all fails it too, and the share of surprising outcomes (where a rule allows some) is measured,
     * never required, since it depends on the machine.
     *
     * @param demoId names the measurement, as {@code <demo>_surprising_rate}
     */
    public void verify(String demoId, Verdict verdict) {
        if (counts.isEmpty()) {
            verdict.fail("no printed line matched its outcome line /" + outcomes.line().pattern() + "/");
            return;
        }
        counts.forEach((outcome, n) -> {
            if (gradeOf(outcome) == Outcomes.Grade.WRONG) {
                String why = ruleFor(outcome).map(Outcomes.Rule::means).orElse("no grade rule allows it");
                verdict.fail(outcomes.trials(n) + " ended with " + outcome + ", which is wrong: " + why);
            }
        });
        if (outcomes.rules().stream().anyMatch(r -> r.grade() == Outcomes.Grade.SURPRISING)) {
            verdict.measure(demoId.replace('-', '_') + "_surprising_rate", (double) count(Outcomes.Grade.SURPRISING) / trials());
        }
    }
}
