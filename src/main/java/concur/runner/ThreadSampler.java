package concur.runner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Samples the states of a demo's threads every few milliseconds, on a thread of its own, for the timeline. It only
 * reads: one ThreadMXBean call a round for all threads, which tells sleeping (no lock) from waiting (on a lock).
 */
final class ThreadSampler implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMillis(5);
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
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        while (running) {
            sampleOnce(mx);
            try {
                Thread.sleep(INTERVAL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce(ThreadMXBean mx) {
        List<Thread> live = threads.get();
        long[] ids = live.stream().mapToLong(Thread::threadId).toArray();
        ThreadInfo[] infos = mx.getThreadInfo(ids, 0);
        long at = System.nanoTime() - start;
        Map<Long, String> alive = new HashMap<>();
        Map<String, ThreadActivity> now = new java.util.LinkedHashMap<>();
        synchronized (samples) {
            for (int i = 0; i < infos.length; i++) {
                ThreadInfo info = infos[i];
                if (info == null) {
                    continue;
                }
                alive.put(ids[i], info.getThreadName());
                ThreadActivity activity = activity(info);
                now.put(info.getThreadName(), activity);
                samples.add(new ThreadSample(at, info.getThreadName(), activity));
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

    /** The state of each live demo thread at the last round. */
    Map<String, ThreadActivity> latest() {
        return latest;
    }

    static ThreadActivity activity(ThreadInfo info) {
        return switch (info.getThreadState()) {
            case BLOCKED -> ThreadActivity.BLOCKED;
            case WAITING -> ThreadActivity.WAITING;
            case TIMED_WAITING -> info.getLockName() == null ? ThreadActivity.SLEEPING : ThreadActivity.WAITING;
            case TERMINATED -> ThreadActivity.ENDED;
            default -> ThreadActivity.RUNNING;
        };
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
