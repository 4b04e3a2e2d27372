package concur.lessons.queues;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class IsEmptyTrap {

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        for (int item = 1; item <= 3; item++) { // main is the producer
            queue.put(item);
            System.out.println("put " + item);
        }

        Thread consumer = Thread.ofPlatform().name("consumer").start(() -> {
            int consumed = 0;
            try {
                while (!queue.isEmpty()) { // WRONG: empty now is not "no more items"
                    System.out.println("took " + queue.take());
                    consumed++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the request
                return;
            }
            System.out.println("queue looked empty: stopping after " + consumed + " items");
        });

        // The producer pauses mid-stream: a slow disk, a GC, the scheduler. Here
        // the pause lasts until the consumer has quit, so every run shows the bug.
        consumer.join();
        for (int item = 4; item <= 5; item++) {
            queue.put(item);
            System.out.println("put " + item);
        }
        System.out.println(queue.size() + " items left in the queue, and no one will take them");
    }
}
