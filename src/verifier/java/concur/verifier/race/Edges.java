package concur.verifier.race;

/** A synchronization object in words, for the edges a pass reports: "the lock of a Counter", "calls on an AtomicInteger". */
final class Edges {
    private Edges() {}

    static String of(Object sync) {
        if (sync instanceof Class<?> type) {
            return "the lock of " + type.getSimpleName() + ".class, or its static initialiser";
        }
        Class<?> type = sync.getClass();
        String name = type.getName();
        if (name.startsWith("java.util.Collections$Synchronized")) {
            return "a synchronized " + name.substring("java.util.Collections$Synchronized".length()).replace("RandomAccess", "")
                    .toLowerCase() + " (Collections.synchronized...)";
        }
        String simple = type.getSimpleName().isEmpty() ? name.substring(name.lastIndexOf('.') + 1) : type.getSimpleName();
        boolean jdk = name.startsWith("java.");
        String article = "AEIOU".indexOf(simple.charAt(0)) >= 0 ? "an " : "a ";
        return jdk && !name.equals("java.lang.Object") ? "calls on " + article + simple : "the lock of " + article + simple;
    }
}
