import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A producer fills plain objects and put()s them on an ArrayBlockingQueue; the consumer take()s and reads them. */
public class ArrayBlockingQueueHandOff {
    static class Order {
        int id;
        String item;
    }

    public static void run() throws Exception {
        BlockingQueue<Order> queue = new ArrayBlockingQueue<>(2);
        int[] total = new int[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    Order o = queue.take();
                    total[0] += o.id + o.item.length();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 20; i++) {
            Order o = new Order();
            o.id = i;
            o.item = "x";
            queue.put(o);
        }
        consumer.join();
        if (total[0] != 230) {
            throw new AssertionError(total[0]);
        }
    }
}
