package concur.cli;

/** The exit codes every command returns; only {@code Main} hands one to the JVM. */
public final class ExitCode {
    /** All good. */
    public static final int OK = 0;
    /** A lesson, a demo or a check failed, or lesson content is broken. */
    public static final int FAILED = 1;
    /** The command line was wrong: an unknown command, lesson or option. */
    public static final int USAGE = 2;
    /** The user stopped it with Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {}
}
