import java.util.ArrayList;
import java.util.List;

/** Runs tasks on threads of their own, all at once. */
public class Workers {

    /** One thread, one task. */
    static class Worker extends Thread {
        private final Runnable task;

        Worker(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            task.run();
        }
    }

    public static void runAll(List<Runnable> tasks) throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        for (Runnable task : tasks) {
            Worker worker = new Worker(task);
            workers.add(worker);
            worker.start(); // a new thread, which calls run()
        }
        Thread.sleep(500); // the tasks are short
    }
}
