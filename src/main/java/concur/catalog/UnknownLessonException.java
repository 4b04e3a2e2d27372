package concur.catalog;

import java.util.List;

/** A lesson name that matched no lesson, or more than one; carries what the user probably meant. */
public final class UnknownLessonException extends RuntimeException {
    private final List<String> suggestions;

    UnknownLessonException(String name, List<String> suggestions, String reason) {
        super(message(name, suggestions, reason));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String name, List<String> suggestions, String reason) {
        StringBuilder sb = new StringBuilder("no lesson '").append(Printable.of(name)).append("'");
        if (reason != null) {
            sb.append(": ").append(reason);
        }
        if (!suggestions.isEmpty()) {
            sb.append(". Did you mean ").append(String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())).append('?');
        } else {
            sb.append(". Run 'concur list' to see the lessons.");
        }
        return sb.toString();
    }
}
