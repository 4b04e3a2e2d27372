package concur.lessons.queues;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class BackPressure {
    static final int ITEMS = 6, POISON_PILL = -1;

    public static void main(String[] args) throws InterruptedException {
        System.out.println("unbounded LinkedBlockingQueue:");
        fastProducerSlowConsumer(new LinkedBlockingQueue<>());
        System.out.println("ArrayBlockingQueue with capacity 2:");
        fastProducerSlowConsumer(new ArrayBlockingQueue<>(2));
    }

    static void fastProducerSlowConsumer(BlockingQueue<Integer> queue) throws InterruptedException {
        Thread producer = Thread.ofPlatform().name("producer").start(() -> {
            try {
                long blocked = 0;
                for (int item = 1; item <= ITEMS; item++) {
                    long start = System.nanoTime();
                    queue.put(item); // waits while a bounded queue is full
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    blocked += ms;
                    System.out.printf("put %d after blocking %d ms; %d in the queue%n", item, ms, queue.size());
                }
                queue.put(POISON_PILL);
                System.out.println("done; blocked in put() for " + blocked + " ms in all");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the request
            }
        });

        Thread consumer = Thread.ofPlatform().name("consumer").start(() -> {
            try {
                for (int item = queue.take(); item != POISON_PILL; item = queue.take()) {
                    System.out.println("took " + item);
                    Thread.sleep(10); // handling an item is slow
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the request
            }
        });

        producer.join();
        consumer.join();
    }
}
