import java.util.concurrent.ConcurrentLinkedQueue;

/** offer() onto a ConcurrentLinkedQueue, poll() in a spinning consumer; the polled objects' fields are read. */
public class ConcurrentLinkedQueueHandOff {
    static class Job {
        int weight;
    }

    public static void run() throws Exception {
        ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
        int[] sum = new int[1];
        Thread consumer = new Thread(() -> {
            int got = 0;
            while (got < 10) {
                Job j = queue.poll();
                if (j == null) {
                    Thread.onSpinWait();
                } else {
                    sum[0] += j.weight;
                    got++;
                }
            }
        });
        consumer.start();
        for (int i = 1; i <= 10; i++) {
            Job j = new Job();
            j.weight = i;
            queue.offer(j);
        }
        consumer.join();
        if (sum[0] != 55) {
            throw new AssertionError(sum[0]);
        }
    }
}
