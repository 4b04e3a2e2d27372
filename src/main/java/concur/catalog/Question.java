package concur.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A quiz question; the kinds differ only in how an answer is given and judged. */
public sealed interface Question {

    String prompt();

    String explanation();

    /** The correct answer as a learner would read it, shown after a wrong answer. */
    String correctAnswer();

    /** Single choice, multiple choice or true/false: pick among numbered choices. */
    record Choice(String prompt, List<String> choices, Set<Integer> correct, boolean multiple, String explanation)
            implements Question {

        public boolean isCorrect(Set<Integer> picked) {
            return picked.equals(correct);
        }

        @Override
        public String correctAnswer() {
            StringBuilder sb = new StringBuilder();
            for (int i : correct.stream().sorted().toList()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(letter(i)).append(") ").append(choices.get(i));
            }
            return sb.toString();
        }

        public static char letter(int index) {
            return (char) ('a' + index);
        }
    }

    /** A typed answer: a number (compared as a number) or a short text (compared loosely). */
    record Typed(String prompt, boolean numeric, List<String> accepted, String explanation) implements Question {

        public boolean isCorrect(String answer) {
            if (numeric) {
                BigDecimal given = parseNumber(answer);
                return given != null && accepted.stream().map(Typed::parseNumber).anyMatch(a -> a != null && a.compareTo(given) == 0);
            }
            String given = normalize(answer);
            return accepted.stream().map(Typed::normalize).anyMatch(given::equals);
        }

        @Override
        public String correctAnswer() {
            return accepted.get(0);
        }

        /** A number as people type it: "2000", "2,000", "2_000", " 2000 ". Null when it is not one. */
        public static BigDecimal parseNumber(String text) {
            String cleaned = text.strip().replace(",", "").replace("_", "");
            if (!cleaned.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                return null;
            }
            return new BigDecimal(cleaned);
        }

        static String normalize(String text) {
            return text.strip().replaceAll("\\s+", " ").replaceAll("[.!]$", "").toLowerCase(Locale.ROOT);
        }
    }
}
