package concur.exercise;

import concur.catalog.Printable;
import java.util.List;
import java.util.function.UnaryOperator;

/** An exercise name that matched none, or more than one; says what the user probably meant. */
public final class UnknownExerciseException extends RuntimeException {
    private final String name;
    private final List<String> suggestions;

    UnknownExerciseException(String name, List<String> suggestions) {
        super(message(name, suggestions, words -> "concur " + words));
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The message with the command that lists the exercises as the learner types it where they are. */
    public String message(UnaryOperator<String> command) {
        return message(name, suggestions, command);
    }

    private static String message(String name, List<String> suggestions, UnaryOperator<String> command) {
        return "no exercise '" + Printable.of(name) + "'" + (suggestions.isEmpty()
                ? ". Run '" + command.apply("exercise") + "' to see the exercises."
                : ". Did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?");
    }
}
