package concur.catalog;

/** Makes user-typed text safe to echo back in a one-line message: no control characters, bounded length. */
public final class Printable {
    private static final int MAX = 60;

    private Printable() {}

    /** User-typed text, cut at 60 characters. */
    public static String of(String text) {
        return of(text, MAX);
    }

    public static String of(String text, int max) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(max).forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > max) {
            sb.append('…');
        }
        return sb.toString();
    }
}
