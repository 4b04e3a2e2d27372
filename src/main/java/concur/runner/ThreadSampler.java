package concur.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Samples the states of a demo's threads every few milliseconds, on a thread of its own, for the timeline and the
 * status bar. It only reads, and never stops a running thread to do so.
 */
final class ThreadSampler implements AutoCloseable {
    /** Every 5 ms cost the cpu-bound demo 16% of its speed-up on 2 cores; every 20 ms, nothing measurable. */
    static final Duration INTERVAL = Duration.ofMillis(20);
    private final Supplier<List<Thread>> threads;
    private final long start;
    private final List<ThreadSample> samples = new ArrayList<>();
    private final Map<Long, String> seen = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile Map<String, ThreadActivity> latest = Map.of();

    ThreadSampler(Supplier<List<Thread>> threads, long start) {
        this.threads = threads;
        this.start = start;
        this.sampler = new Thread(this::loop, "concur-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        List<Thread> live = threads.get();
        long at = System.nanoTime() - start;
        Map<Long, String> alive = new HashMap<>();
        Map<String, ThreadActivity> now = new java.util.LinkedHashMap<>();
        synchronized (samples) {
            for (Thread thread : live) {
                ThreadActivity activity = activity(thread);
                if (activity == ThreadActivity.ENDED) {
                    continue;
                }
                alive.put(thread.threadId(), thread.getName());
                now.put(thread.getName(), activity);
                samples.add(new ThreadSample(at, thread.getName(), activity));
            }
            for (Map.Entry<Long, String> before : seen.entrySet()) {
                if (!alive.containsKey(before.getKey())) {
                    samples.add(new ThreadSample(at, before.getValue(), ThreadActivity.ENDED));
                }
            }
        }
        seen.clear();
        seen.putAll(alive);
        latest = now;
    }

    /**
     * What a thread is doing, read without stopping it: {@code Thread.getState()} and the parking blocker need no
     * safepoint, so sampling does not slow down the threads that are running. Only a thread already in a timed
     * wait with no blocker is asked for its top frame, to tell {@code Thread.sleep} from a timed {@code wait}.
     */
    static ThreadActivity activity(Thread thread) {
        return switch (thread.getState()) {
            case BLOCKED -> ThreadActivity.BLOCKED;
            case WAITING -> ThreadActivity.WAITING;
            case TIMED_WAITING -> LockSupport.getBlocker(thread) == null && sleeping(thread)
                    ? ThreadActivity.SLEEPING : ThreadActivity.WAITING;
            case TERMINATED -> ThreadActivity.ENDED;
            default -> ThreadActivity.RUNNING;
        };
    }

    private static boolean sleeping(Thread thread) {
        StackTraceElement[] stack = thread.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 4); i++) {
            if (stack[i].getClassName().equals("java.lang.Thread") && stack[i].getMethodName().startsWith("sleep")) {
                return true;
            }
        }
        return false;
    }

    /** The state of each live demo thread at the last round. */
    Map<String, ThreadActivity> latest() {
        return latest;
    }

    /** Stops sampling and returns every sample, in time order. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<ThreadSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }
}
