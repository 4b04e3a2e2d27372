import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Runs tasks on threads of their own, all at once. */
public class Workers {

    /** One thread, one task. */
    static class Worker extends Thread {
        private final Runnable task;
        private final CountDownLatch done;

        Worker(Runnable task, CountDownLatch done) {
            this.task = task;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        }
    }

    public static void runAll(List<Runnable> tasks) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(tasks.size());
        for (Runnable task : tasks) {
            new Worker(task, done).start();
        }
        done.await();
    }
}
