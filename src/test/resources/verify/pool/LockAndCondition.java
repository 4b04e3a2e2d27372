import java.util.concurrent.Callable;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Right: a count of free connections under a lock, waited on with a condition in a loop. */
public class ConnectionPool {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    private int free;

    public ConnectionPool(int size) {
        free = size;
    }

    public <T> T use(Callable<T> work) throws Exception {
        lock.lock();
        try {
            while (free == 0) {
                returned.await();
            }
            free--;
        } finally {
            lock.unlock();
        }
        try {
            return work.call();
        } finally {
            lock.lock();
            try {
                free++;
                returned.signal();
            } finally {
                lock.unlock();
            }
        }
    }
}
