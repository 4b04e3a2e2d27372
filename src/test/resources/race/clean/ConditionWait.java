import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A one-slot mailbox: Condition await() in a while loop, signalAll() after the state changes. */
public class ConditionWait {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int[] item;
    private int taken;

    void put(int[] value) throws InterruptedException {
        lock.lock();
        try {
            while (item != null) {
                changed.await();
            }
            item = value;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int[] take() throws InterruptedException {
        lock.lock();
        try {
            while (item == null) {
                changed.await();
            }
            int[] value = item;
            item = null;
            taken++;
            changed.signalAll();
            return value;
        } finally {
            lock.unlock();
        }
    }

    public static void run() throws Exception {
        ConditionWait box = new ConditionWait();
        int[] sum = new int[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    sum[0] += box.take()[0];
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 20; i++) {
            int[] v = new int[1];
            v[0] = i;
            box.put(v);
        }
        consumer.join();
        if (sum[0] != 210) {
            throw new AssertionError(sum[0]);
        }
    }
}
