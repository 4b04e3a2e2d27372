package concur.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

/** A lesson (or level) name that matched none, or more than one; carries what the user probably meant. */
public final class UnknownLessonException extends RuntimeException {
    private final List<String> suggestions;
    private final String kind;
    private final String name;
    private final String reason;

    UnknownLessonException(String name, List<String> suggestions, String reason) {
        this("lesson", name, suggestions, reason);
    }

    /** @param kind what was looked for: "lesson" or "level" */
    UnknownLessonException(String kind, String name, List<String> suggestions, String reason) {
        super(message(kind, name, suggestions, reason, words -> "concur " + words));
        this.suggestions = List.copyOf(suggestions);
        this.kind = kind;
        this.name = name;
        this.reason = reason;
    }

    /**
     * The message with the command that lists the ids named as the learner types it where they are ({@code concur
     * list} in a shell, {@code list} at the home's prompt).
     */
    public String message(UnaryOperator<String> command) {
        return message(kind, name, suggestions, reason, command);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String kind, String name, List<String> suggestions, String reason,
            UnaryOperator<String> command) {
        StringBuilder sb = new StringBuilder("no " + kind + " '").append(Printable.of(name)).append("'");
        if (reason != null) {
            sb.append(": ").append(reason);
        }
        if (!suggestions.isEmpty()) {
            sb.append(". Did you mean ").append(String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())).append('?');
        } else {
            sb.append(kind.equals("lesson") ? ". Run '" + command.apply("list") + "' to see the lessons."
                    : ". Run '" + command.apply("play") + "' to see the levels.");
        }
        return sb.toString();
    }
}
