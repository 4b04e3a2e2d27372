package concur.catalog;

import java.util.List;

/** Thrown when lesson content cannot be used; carries every problem found, not just the first. */
public final class ContentException extends RuntimeException {
    private final List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.isEmpty() ? "invalid lesson content" : errors.get(0).toString());
        this.errors = List.copyOf(errors);
    }

    public ContentException(ContentError error) {
        this(List.of(error));
    }

    public List<ContentError> errors() {
        return errors;
    }
}
