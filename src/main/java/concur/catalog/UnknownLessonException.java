package concur.catalog;

import java.util.List;

/** A lesson (or level) name that matched none, or more than one; carries what the user probably meant. */
public final class UnknownLessonException extends RuntimeException {
    private final List<String> suggestions;

    UnknownLessonException(String name, List<String> suggestions, String reason) {
        this("lesson", name, suggestions, reason);
    }

    /** @param kind what was looked for: "lesson" or "level" */
    UnknownLessonException(String kind, String name, List<String> suggestions, String reason) {
        super(message(kind, name, suggestions, reason));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String kind, String name, List<String> suggestions, String reason) {
        StringBuilder sb = new StringBuilder("no " + kind + " '").append(Printable.of(name)).append("'");
        if (reason != null) {
            sb.append(": ").append(reason);
        }
        if (!suggestions.isEmpty()) {
            sb.append(". Did you mean ").append(String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList())).append('?');
        } else {
            sb.append(kind.equals("lesson") ? ". Run 'concur list' to see the lessons." : ". Run 'concur play' to see the levels.");
        }
        return sb.toString();
    }
}
