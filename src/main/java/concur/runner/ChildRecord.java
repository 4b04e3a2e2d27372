package concur.runner;

/** How a child JVM hands a {@link ThreadLine} to its parent: one text line, fields separated by tabs. */
final class ChildRecord {
    private ChildRecord() {}

    static String encode(ThreadLine line) {
        return line.nanos() + "\t" + (line.stderr() ? "E" : "O") + "\t" + escape(line.thread()) + "\t" + escape(line.text());
    }

    /** The line back, numbered {@code seq}; null when the text is not a record (the JVM's own output). */
    static ThreadLine decode(String record, long seq) {
        String[] parts = record.split("\t", 4);
        if (parts.length != 4 || !parts[0].matches("\\d{1,19}") || !(parts[1].equals("O") || parts[1].equals("E"))) {
            return null;
        }
        return new ThreadLine(seq, unescape(parts[2]), Long.parseLong(parts[0]), unescape(parts[3]), parts[1].equals("E"));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                sb.append(next == 't' ? '\t' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
