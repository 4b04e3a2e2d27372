package concur.exercise;

import concur.catalog.Printable;
import java.util.List;

/** An exercise name that matched none, or more than one; says what the user probably meant. */
public final class UnknownExerciseException extends RuntimeException {
    UnknownExerciseException(String name, List<String> suggestions) {
        super("no exercise '" + Printable.of(name) + "'" + (suggestions.isEmpty()
                ? ". Run 'concur exercise' to see the exercises."
                : ". Did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?"));
    }
}
