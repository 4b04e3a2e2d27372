import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class Doorbell {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition rang = lock.newCondition();
    private boolean rung;

    public void ring() {
        lock.lock();
        try {
            rung = true;
            rang.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void await() throws InterruptedException {
        lock.lock();
        try {
            while (!rung) {
                rang.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
