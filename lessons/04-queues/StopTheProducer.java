package concur.lessons.queues;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class StopTheProducer {
    static final int POISON_PILL = -1; // a value no real item ever has

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

        Thread producer = Thread.ofPlatform().name("producer").start(() -> {
            int sent = 0;
            try {
                while (!Thread.currentThread().isInterrupted()) { // asked to stop?
                    Thread.sleep(20); // making an item takes a while
                    queue.put(sent + 1);
                    sent++;
                }
            } catch (InterruptedException e) {
                // run() cannot throw it on: set the flag again, so that it is not lost
                Thread.currentThread().interrupt();
            } finally {
                // add(), not put(): with the flag set, put() would throw at once
                queue.add(POISON_PILL);
                System.out.println("stopped after " + sent + " items, pill sent; interrupted: "
                        + Thread.currentThread().isInterrupted());
            }
        });

        Thread consumer = Thread.ofPlatform().name("consumer").start(() -> {
            try {
                int consumed = 0;
                while (true) {
                    int item = queue.take();
                    if (item == POISON_PILL) {
                        System.out.println("poison pill: stopping after " + consumed + " items");
                        return;
                    }
                    consumed++;
                    System.out.println("took " + item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // nobody interrupts the consumer here; keep the habit
            }
        });

        Thread.sleep(110);
        System.out.println("interrupting the producer");
        producer.interrupt(); // a request to stop, not an order
        producer.join();
        consumer.join();
        System.out.println("both threads have ended");
    }
}
