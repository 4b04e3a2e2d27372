package concur.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a demo that repeats a racy experiment can end with, and how each outcome is graded, the way jcstress grades
 * its results: expected (jcstress's ACCEPTABLE), surprising (ACCEPTABLE_INTERESTING: allowed, and the point of the
 * lesson) and wrong (FORBIDDEN: this code can never produce it, so seeing it is a bug in concur or the JVM).
 *
 * @param line    matched against each printed line; group 1 of a match is one trial's outcome
 * @param rules   tried in order, the first that matches grades the outcome; an outcome no rule matches is wrong
 * @param predict when present, {@code learn} asks the learner this before the run, with the rules as choices
 * @param countGroup 0 when each matching line is one trial; otherwise the group of the line that says how many trials
 *                   it stands for, for an experiment of millions of trials that prints one line per outcome
 * @param unit    what one trial is called in the chart and in failures ("trial", "pair")
 */
public record Outcomes(Pattern line, List<Rule> rules, Optional<String> predict, int countGroup, String unit) {

    public Outcomes {
        rules = List.copyOf(rules);
    }

    /** One line a trial, called a trial. */
    public Outcomes(Pattern line, List<Rule> rules, Optional<String> predict) {
        this(line, rules, predict, 0, "trial");
    }

    /** "1 trial", "3 pairs": a count of trials, in this demo's word for one. */
    public String trials(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n) + " " + unit + (n == 1 ? "" : "s");
    }

    /** The rule that grades {@code outcome}, or empty when none does (and the outcome is wrong). */
    public Optional<Rule> ruleFor(String outcome) {
        return rules.stream().filter(r -> r.matches(outcome)).findFirst();
    }

    public enum Grade {
        EXPECTED,
        SURPRISING,
        WRONG;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a rule compares an outcome with its value. */
    public enum Test {
        IS,
        BELOW,
        ABOVE
    }

    /**
     * One kind of outcome.
     *
     * @param value the text of {@code is}, or the number of {@code below} and {@code above}
     * @param means what such an outcome tells, in a few words
     */
    public record Rule(Test test, String value, Grade grade, String means) {

        public boolean matches(String outcome) {
            BigDecimal number = Question.Typed.parseNumber(outcome);
            BigDecimal limit = Question.Typed.parseNumber(value);
            return switch (test) {
                case IS -> number != null && limit != null ? number.compareTo(limit) == 0
                        : Question.Typed.normalize(outcome).equals(Question.Typed.normalize(value));
                case BELOW -> number != null && number.compareTo(limit) < 0;
                case ABOVE -> number != null && number.compareTo(limit) > 0;
            };
        }

        /** The outcomes it covers, as a learner reads them: "exactly 4,000,000", "below 1". */
        public String condition() {
            BigDecimal number = Question.Typed.parseNumber(value);
            String shown = number == null ? value : NumberFormat.getIntegerInstance(Locale.US).format(number);
            if (number != null && number.scale() > 0) {
                shown = number.toPlainString();
            }
            return switch (test) {
                case IS -> number == null ? value : "exactly " + shown;
                case BELOW -> "below " + shown;
                case ABOVE -> "above " + shown;
            };
        }
    }
}
