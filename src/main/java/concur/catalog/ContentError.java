package concur.catalog;

/** One problem in lesson content, located as "file:line: message" so an author can jump straight to it. */
public record ContentError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
