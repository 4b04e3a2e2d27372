package concur.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of a child JVM that runs one demo as its real {@code main}, so the JVM lives and exits exactly as
 * it would for {@code java Demo}. What the demo's threads print is sent to the parent, one line a record, tagged
 * with the printing thread.
 */
public final class ChildMain {
    /** The pause per printed line, in nanoseconds, handed over by the parent. */
    static final String PACE_PROPERTY = "concur.pace.nanos";

    private ChildMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ChildMain <demo class>");
        }
        PrintStream parent = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        LineCapture capture = new LineCapture(line -> {
            parent.print(ChildRecord.encode(line));
            parent.print('\n');
            parent.flush();
        }, System.nanoTime());
        Pace pace = new Pace(java.time.Duration.ofNanos(Long.getLong(PACE_PROPERTY, 0)));
        System.setOut(PacedPrintStream.of(capture.stream(false), pace));
        System.setErr(PacedPrintStream.of(capture.stream(true), pace));
        Runtime.getRuntime().addShutdownHook(new Thread(capture::flushPartialLines, "concur-flush"));
        try {
            Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // as the JVM would report an exception thrown by main
        }
    }
}
