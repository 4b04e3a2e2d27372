import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Wrong: an interrupted waiter goes on waiting, and gets in after all. */
public class ConnectionPool {
    private final Semaphore connections;

    public ConnectionPool(int size) {
        connections = new Semaphore(size);
    }

    public <T> T use(Callable<T> work) throws Exception {
        connections.acquireUninterruptibly();
        try {
            return work.call();
        } finally {
            connections.release();
        }
    }
}
