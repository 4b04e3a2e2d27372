package concur.quiz;

import concur.catalog.Question;
import concur.console.Console;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers read one per line, for when stdin is not a terminal: a letter, a number, or the text of a choice; "a c"
 * or "a,c" for several. A line that is no answer is asked again; q or the end of input ends the quiz.
 */
public final class LineAnswers implements AnswerSource {
    private final Console console;

    public LineAnswers(Console console) {
        this.console = console;
    }

    @Override
    public Optional<Set<Integer>> choose(Question.Choice question) {
        PrintWriter out = console.out();
        for (int i = 0; i < question.choices().size(); i++) {
            out.println("  " + Question.Choice.letter(i) + ") " + question.choices().get(i));
        }
        String hint = question.multiple() ? "letters, such as a c" : "a letter";
        while (true) {
            out.print("answer (" + hint + ")> ");
            out.flush();
            String line = console.readLine();
            if (line == null) {
                out.println();
                return Optional.empty();
            }
            if (isQuit(line) && question.choices().size() <= 'q' - 'a') {
                return Optional.empty();
            }
            Optional<Set<Integer>> picked = parse(question, line);
            if (picked.isPresent()) {
                return picked;
            }
            out.println("Please answer with " + (question.multiple() ? "one or more letters" : "one letter")
                    + " from a to " + Question.Choice.letter(question.choices().size() - 1) + ".");
        }
    }

    @Override
    public Optional<String> type(Question.Typed question) {
        PrintWriter out = console.out();
        while (true) {
            out.print(question.numeric() ? "answer (a number)> " : "answer> ");
            out.flush();
            String line = console.readLine();
            if (line == null) {
                out.println();
                return Optional.empty();
            }
            if (isQuit(line)) {
                return Optional.empty();
            }
            if (question.numeric() && Question.Typed.parseNumber(line) == null) {
                out.println("Please answer with a number, such as 42.");
            } else if (line.isBlank()) {
                out.println("Please type an answer.");
            } else {
                return Optional.of(line.strip());
            }
        }
    }

    private static boolean isQuit(String line) {
        return line.strip().equalsIgnoreCase("q");
    }

    /** Reads a line as picks: letters, 1-based numbers, the text of a choice, or true/false words. */
    static Optional<Set<Integer>> parse(Question.Choice question, String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        int count = question.choices().size();
        for (int i = 0; i < count; i++) {
            if (question.choices().get(i).toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(Set.of(i));
            }
        }
        if (count == 2 && question.choices().get(0).equals("True")) {
            if (text.equals("t") || text.equals("yes") || text.equals("y")) {
                return Optional.of(Set.of(0));
            }
            if (text.equals("f") || text.equals("no") || text.equals("n")) {
                return Optional.of(Set.of(1));
            }
        }
        Set<Integer> picked = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            int index;
            if (part.matches("[a-z]")) {
                index = part.charAt(0) - 'a';
            } else if (part.matches("\\d{1,2}")) {
                index = Integer.parseInt(part) - 1;
            } else {
                return Optional.empty();
            }
            if (index < 0 || index >= count) {
                return Optional.empty();
            }
            picked.add(index);
        }
        if (picked.isEmpty() || (!question.multiple() && picked.size() != 1)) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(picked));
    }
}
