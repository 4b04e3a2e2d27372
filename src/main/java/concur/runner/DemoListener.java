package concur.runner;

import java.util.Map;

/** What a running demo tells the one renderer, always on the thread that called the runner. */
@FunctionalInterface
public interface DemoListener {

    /** A line a demo thread printed. */
    void line(ThreadLine line);

    /** The demo threads' latest states, a few times a second, when the run samples them. */
    default void states(Map<String, ThreadActivity> now) {
    }
}
