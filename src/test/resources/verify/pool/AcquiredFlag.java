import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Right: release only when the acquire succeeded. */
public class ConnectionPool {
    private final Semaphore connections;

    public ConnectionPool(int size) {
        connections = new Semaphore(size);
    }

    public <T> T use(Callable<T> work) throws Exception {
        boolean acquired = false;
        try {
            connections.acquire();
            acquired = true;
            return work.call();
        } finally {
            if (acquired) {
                connections.release();
            }
        }
    }
}
