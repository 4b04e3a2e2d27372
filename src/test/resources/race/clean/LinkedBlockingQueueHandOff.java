import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A LinkedBlockingQueue between a producer thread and a consumer thread, objects with plain fields. */
public class LinkedBlockingQueueHandOff {
    static class Message {
        String text;
        boolean last;
    }

    public static void run() throws Exception {
        BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
        StringBuilder[] out = new StringBuilder[1];
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                Message m = new Message();
                m.text = Integer.toString(i);
                m.last = i == 9;
                queue.offer(m);
            }
        });
        Thread consumer = new Thread(() -> {
            StringBuilder sb = new StringBuilder();
            try {
                Message m;
                do {
                    m = queue.take();
                    sb.append(m.text);
                } while (!m.last);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            out[0] = sb;
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        if (!out[0].toString().equals("0123456789")) {
            throw new AssertionError(out[0]);
        }
    }
}
