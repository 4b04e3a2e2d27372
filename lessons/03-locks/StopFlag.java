package concur.lessons.locks;

public class StopFlag {
    static boolean plainStop;            // a plain field
    static volatile boolean volatileStop; // the same, volatile

    /** A reader thread that spins until its flag is up. */
    static Thread startReader(String name, Runnable spin) {
        // A daemon (lesson 6): a reader that never stops cannot keep the JVM from exiting.
        return Thread.ofPlatform().name(name).daemon(true).start(spin);
    }

    public static void main(String[] args) throws InterruptedException {
        int missed = 0;
        for (int trial = 1; trial <= 3; trial++) {
            plainStop = false;
            Thread reader = startReader("plain-" + trial, () -> {
                while (!plainStop) {
                    // nothing here writes plainStop, and nothing orders this read after main's write
                }
            });
            Thread.sleep(100); // the reader spins; meanwhile the JIT compiles its loop
            plainStop = true;
            reader.join(500);  // a reader that sees the write stops within microseconds
            if (reader.isAlive()) {
                missed++;
                System.out.println("plain flag, trial " + trial
                        + ": the reader is still spinning 500 ms after the write");
            } else {
                System.out.println("plain flag, trial " + trial + ": the reader stopped");
            }
        }

        for (int trial = 1; trial <= 3; trial++) {
            volatileStop = false;
            Thread reader = startReader("volatile-" + trial, () -> {
                while (!volatileStop) {
                    // a volatile read: it sees the latest write, every time round
                }
            });
            Thread.sleep(100);
            volatileStop = true;
            long wrote = System.nanoTime();
            reader.join(); // no time limit needed: this reader always stops
            System.out.printf("volatile flag, trial %d: the reader stopped %.1f ms after the write%n",
                    trial, (System.nanoTime() - wrote) / 1e6);
        }
        System.out.println("plain flag missed in " + missed + " of 3 trials; main returns");
    }
}
