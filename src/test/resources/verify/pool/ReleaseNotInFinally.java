import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Wrong: work that throws never gives its connection back. */
public class ConnectionPool {
    private final Semaphore connections;

    public ConnectionPool(int size) {
        connections = new Semaphore(size);
    }

    public <T> T use(Callable<T> work) throws Exception {
        connections.acquire();
        T result = work.call();
        connections.release();
        return result;
    }
}
