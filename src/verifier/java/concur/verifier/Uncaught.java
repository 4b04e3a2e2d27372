package concur.verifier;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Hears of an exception that kills any thread of a run's trials, the learner's own or a pool's: the trial threads'
 * group hears of it first, whatever default handler the learner's code sets; the default handler covers threads
 * outside that group (virtual ones, a factory's own group). A thread given a handler of its own by the learner's
 * code is handled as the learner chose. Such an exception is a failure, even when the results look right.
 *
 * @param first the first such exception, in words (thread, exception, the learner's line); null while there is none
 */
record Uncaught(ThreadGroup group, AtomicReference<String> first) {

    static Uncaught watch(String file) {
        AtomicReference<String> first = new AtomicReference<>();
        Thread.UncaughtExceptionHandler record = (t, e) -> first.compareAndSet(null,
                "thread '" + t.getName() + "' died of an exception nothing caught: " + VerifierMain.describe(e, file));
        Thread.setDefaultUncaughtExceptionHandler(record);
        ThreadGroup group = new ThreadGroup("concur trials") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                record.uncaughtException(t, e);
            }
        };
        return new Uncaught(group, first);
    }
}
