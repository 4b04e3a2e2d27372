package concur.runner;

/** What a demo thread was doing when it was sampled, in the words a learner knows. */
public enum ThreadActivity {
    RUNNING,
    /** Waiting to enter a {@code synchronized} block that another thread holds. */
    BLOCKED,
    /** Waiting for another thread: join, a lock, a queue, a latch, a future. */
    WAITING,
    SLEEPING,
    ENDED
}
