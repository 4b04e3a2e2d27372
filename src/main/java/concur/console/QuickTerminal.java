package concur.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * The system terminal JLine's TerminalBuilder would build when stdin and stdout are both a terminal (its JNI
 * provider, bound to stdout, the encodings it would pick), built directly. The difference is how the terminal's
 * capabilities are read: JLine reads its table of capability names line by line through a stream, splitting each
 * line with a regular expression, and compiles another regular expression for each line of the terminal's
 * description. At start-up all of that runs in the interpreter, and it was half of the time to the home's prompt
 * (about 55 ms of 110 on 2 cores). Here the table is read once, whole, and both are split by hand; the result is
 * the same ({@code QuickTerminalTest} compares them on every terminal description JLine ships).
 */
public final class QuickTerminal {
    private static final String NAMES = "/org/jline/utils/capabilities.txt";

    private QuickTerminal() {}

    /**
     * @param type the terminal type, as in $TERM
     * @throws IOException or a runtime exception when this way does not work here; TerminalBuilder is the fallback
     */
    public static Terminal open(String type) throws IOException {
        Charset encoding = Charset.defaultCharset();
        return new PosixSysTerminal("concur", type, new JniTerminalProvider().current(SystemStream.Output), encoding,
                charset("stdin.encoding", encoding), charset("stdout.encoding", encoding), false,
                Terminal.SignalHandler.SIG_DFL) {
            @Override
            protected void parseInfoCmp() {
                String description;
                try {
                    description = InfoCmp.getInfoCmp(type);
                } catch (IOException e) {
                    description = InfoCmp.getDefaultInfoCmp("ansi"); // as JLine does when the type is unknown
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    description = InfoCmp.getDefaultInfoCmp("ansi");
                }
                parse(description, bools, ints, strings);
            }
        };
    }

    /** The charset a JDK property names, as TerminalBuilder picks it; {@code fallback} when none is usable. */
    private static Charset charset(String property, Charset fallback) {
        String name = System.getProperty(property);
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Every capability by its long and its short name, from the table JLine ships. */
    static Map<String, Capability> capabilitiesByName() {
        String table;
        try (InputStream in = InfoCmp.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new IllegalStateException("JLine's capability table is missing");
            }
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Capability> byName = new HashMap<>();
        for (int start = 0, end; start < table.length(); start = end + 1) {
            end = table.indexOf('\n', start);
            if (end < 0) {
                end = table.length();
            }
            String line = table.substring(start, end).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int first = line.indexOf(", ");
            if (first < 0) {
                continue;
            }
            int second = line.indexOf(", ", first + 2);
            String longName = line.substring(0, first);
            String shortName = line.substring(first + 2, second < 0 ? line.length() : second);
            Capability capability = Capability.valueOf(longName);
            byName.put(longName, capability);
            byName.put(shortName, capability);
        }
        return byName;
    }

    /**
     * Reads a terminal description as {@code infocmp -x} prints it into the three kinds of capability, as JLine's
     * {@code InfoCmp.parseInfoCmp} does: the first line (the names) is skipped; each later line holds entries, each
     * ended by a comma (JLine's pattern ends one at any comma, a {@code \,} included, and so does this);
     * {@code name#number} is numeric (decimal, 0x hex or 0 octal), {@code name=text} a string, a bare name a flag;
     * names JLine does not know are left out.
     */
    static void parse(String description, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        Map<String, Capability> byName = capabilitiesByName();
        String[] lines = description.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            for (int start = 0, end; (end = line.indexOf(',', start)) >= 0; start = end + 1) {
                String entry = line.substring(start, end).stripLeading();
                if (!entry.isEmpty()) {
                    entry(entry, byName, bools, ints, strings);
                }
            }
        }
    }

    private static void entry(String entry, Map<String, Capability> byName, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int hash = entry.indexOf('#');
        int equals = entry.indexOf('=');
        if (hash >= 0) {
            Capability capability = byName.get(entry.substring(0, hash));
            Integer value = number(entry.substring(hash + 1));
            if (capability != null && value != null) {
                ints.put(capability, value);
            }
        } else if (equals >= 0) {
            Capability capability = byName.get(entry.substring(0, equals));
            if (capability != null) {
                strings.put(capability, entry.substring(equals + 1));
            }
        } else {
            Capability capability = byName.get(entry);
            if (capability != null) {
                bools.add(capability);
            }
        }
    }

    private static Integer number(String text) {
        try {
            if (text.equals("0")) {
                return 0;
            } else if (text.startsWith("0x")) {
                return Integer.parseInt(text.substring(2), 16);
            } else if (text.startsWith("0")) {
                return Integer.parseInt(text.substring(1), 8);
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null; // JLine would fail to build the terminal; here the entry is left out
        }
    }
}
