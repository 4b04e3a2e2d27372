package concur.runner;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds threads of a demo that are deadlocked and describes the cycle in words: which thread holds which lock,
 * where it took it, and which lock it waits for at which line.
 */
final class DeadlockReport {
    private DeadlockReport() {}

    static Optional<String> describe(List<Thread> demoThreads) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked == null) {
            return Optional.empty();
        }
        Set<Long> ours = demoThreads.stream().map(Thread::threadId).collect(Collectors.toSet());
        long[] cycle = Arrays.stream(deadlocked).filter(ours::contains).toArray();
        if (cycle.length == 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(cycle, true, true)) {
            if (info == null) {
                continue;
            }
            String holds = held(info);
            String waitsAt = info.getStackTrace().length > 0 ? " at " + where(info.getStackTrace()[0]) : "";
            parts.add("\"" + info.getThreadName() + "\"" + (holds.isEmpty() ? "" : " holds " + holds)
                    + " and waits" + waitsAt + " for " + lockName(info.getLockInfo())
                    + (info.getLockOwnerName() == null ? "" : ", held by \"" + info.getLockOwnerName() + "\""));
        }
        return Optional.of("deadlock: " + String.join("; ", parts));
    }

    private static String held(ThreadInfo info) {
        List<String> held = new ArrayList<>();
        for (MonitorInfo monitor : info.getLockedMonitors()) {
            StackTraceElement frame = monitor.getLockedStackFrame();
            String method = frame == null ? "" : " (locked in " + simpleClass(frame.getClassName()) + "." + frame.getMethodName() + ")";
            held.add(lockName(monitor) + method);
        }
        for (LockInfo lock : info.getLockedSynchronizers()) {
            held.add(lockName(lock));
        }
        return String.join(" and ", held);
    }

    private static String lockName(LockInfo lock) {
        if (lock == null) {
            return "a lock";
        }
        String type = lock.getClassName().substring(lock.getClassName().lastIndexOf('.') + 1);
        return type + "@" + Integer.toHexString(lock.getIdentityHashCode());
    }

    private static String simpleClass(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String where(StackTraceElement frame) {
        if (frame == null) {
            return "?";
        }
        String file = frame.getFileName() == null ? frame.getClassName() : frame.getFileName();
        return file + ":" + frame.getLineNumber();
    }
}
