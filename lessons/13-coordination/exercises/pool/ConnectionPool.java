import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Lets at most size callers use a connection at once; the others wait for one to come back. */
public class ConnectionPool {
    private final Semaphore connections;

    public ConnectionPool(int size) {
        connections = new Semaphore(size);
    }

    public <T> T use(Callable<T> work) throws Exception {
        try {
            connections.acquire();
            return work.call();
        } finally {
            connections.release();
        }
    }
}
