import java.util.concurrent.FutureTask;

/** A FutureTask run by a thread of its own: get() orders what its callable wrote before the caller's reads. */
public class FutureTaskGet {
    static class Stats {
        int count;
        double mean;
    }

    public static void run() throws Exception {
        Stats stats = new Stats();
        FutureTask<Integer> task = new FutureTask<>(() -> {
            stats.count = 4;
            stats.mean = 2.5;
            return stats.count;
        });
        Thread runner = new Thread(task);
        runner.start();
        int count = task.get();
        if (count != 4 || stats.count != 4 || stats.mean != 2.5) {
            throw new AssertionError(count);
        }
        runner.join();
    }
}
