package concur.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Small demo programs for the runner's tests, each a plain main as a lesson's demo would be. */
final class TestDemos {
    private TestDemos() {}

    /** Four threads print many lines in pieces, all at once. */
    static final class Chatty {
        static final int THREADS = 4;
        static final int LINES = 2_000;

        public static void main(String[] args) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < LINES; i++) {
                        System.out.print("t" + id + ":");
                        System.out.print(i);
                        System.out.println(" " + "x".repeat(100) + " ünïcödé");
                    }
                }, "chatty-" + id));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("going to sleep");
            Thread.sleep(60_000);
        }
    }

    /** A JVM slow to show anything (as a busy machine makes one), which then would not exit. */
    static final class SlowToStart {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(1_500);
            System.out.println("started at last");
            Thread.sleep(60_000);
        }
    }

    static final class Thrower {
        public static void main(String[] args) throws InterruptedException {
            Thread worker = new Thread(() -> {
                throw new IllegalStateException("boom");
            }, "worker");
            worker.start();
            worker.join();
            System.out.println("main done");
        }
    }

    static final class ThrowsFromMain {
        public static void main(String[] args) {
            throw new UnsupportedOperationException("main gave up");
        }
    }

    /** main returns at once; a non-daemon worker prints later: the run must wait for it, as the JVM would. */
    static final class OutlivesMain {
        public static void main(String[] args) {
            new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("worker finished");
            }, "worker").start();
            System.out.println("main returns");
        }
    }

    /** A daemon thread that ignores interrupts until the test lets it go. */
    static final class Stubborn {
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        public static void main(String[] args) {
            Thread t = new Thread(() -> {
                while (RELEASE.getCount() > 0) {
                    try {
                        RELEASE.await();
                    } catch (InterruptedException ignored) {
                        // deliberately ignores being asked to stop
                    }
                }
            }, "stubborn");
            t.setDaemon(true);
            t.start();
            System.out.println("left a stubborn daemon behind");
        }
    }

    static final class NoNewline {
        public static void main(String[] args) {
            System.out.print("no line break at the end");
        }
    }

    /** Starts a process and forgets it. */
    static final class LeavesAProcess {
        public static void main(String[] args) throws java.io.IOException {
            new ProcessBuilder("sleep", "60").start();
            System.out.println("started sleep 60");
        }
    }

    static final class PrintsFromAVirtualThread {
        public static void main(String[] args) throws InterruptedException {
            Thread.ofVirtual().start(() -> System.out.println("hello from a virtual thread")).join();
        }
    }

    /** Four threads print 50,000 short lines each, as fast as they can. */
    static final class Flood {
        static final int THREADS = 4;
        static final int LINES = 50_000;

        public static void main(String[] args) throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().name("flood-" + t).start(() -> {
                    for (int i = 0; i < LINES; i++) {
                        System.out.println(i);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }
}
