package concur.lessons.queues;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class ProducerConsumer {
    static final int POISON_PILL = -1; // a value no real item ever has

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();

        Thread producer = Thread.ofPlatform().name("producer").start(() -> {
            try {
                for (int item = 1; item <= 8; item++) {
                    Thread.sleep(5); // making an item takes a while
                    System.out.println("putting " + item);
                    queue.put(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // keep the request to stop (see the last demo)
            } finally {
                queue.add(POISON_PILL); // "no more items", even if the producer stopped early
            }
        });

        Thread consumer = Thread.ofPlatform().name("consumer").start(() -> {
            try {
                int consumed = 0;
                while (true) {
                    long start = System.nanoTime();
                    int item = queue.take(); // blocks while the queue is empty
                    long waited = (System.nanoTime() - start) / 1_000_000;
                    if (item == POISON_PILL) {
                        System.out.println("poison pill: stopping after " + consumed + " items");
                        break;
                    }
                    consumed++;
                    System.out.println("took " + item + " after waiting " + waited + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        producer.join();
        consumer.join();
        System.out.println("producer and consumer are done");
    }
}
