package concur.verifier.race;

import java.util.ArrayList;
import java.util.List;

/**
 * The places in the learner's code that the instrumentation reports from, numbered as they are instrumented: the
 * file and line, and what is accessed there (a field, an array's elements, a call on a JDK object).
 */
final class Sites {
    /** One place: {@code what} is a field's name, {@code name[]} for an array, or the method called. */
    record Site(String file, int line, String what, String owner) {
        String where() {
            return file + ":" + line;
        }
    }

    private static final List<Site> SITES = new ArrayList<>();
    private static final List<String> FIELDS = new ArrayList<>();

    private Sites() {}

    static synchronized int add(String file, int line, String what, String owner) {
        SITES.add(new Site(file, line, what, owner));
        return SITES.size() - 1;
    }

    static synchronized Site get(int site) {
        return site >= 0 && site < SITES.size() ? SITES.get(site) : new Site("?", 0, "?", "?");
    }

    /** A field of the learner's classes, as {@code Owner.name}, numbered once. */
    static synchronized int field(String owner, String name) {
        String key = owner + "." + name;
        int index = FIELDS.indexOf(key);
        if (index < 0) {
            FIELDS.add(key);
            index = FIELDS.size() - 1;
        }
        return index;
    }

    static synchronized String fieldName(int field) {
        return field >= 0 && field < FIELDS.size() ? FIELDS.get(field) : "?";
    }
}
