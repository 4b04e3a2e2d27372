import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Lets at most size callers use a connection at once; the others wait for one to come back. */
public class ConnectionPool {
    private final Semaphore connections;

    public ConnectionPool(int size) {
        connections = new Semaphore(size);
    }

    public <T> T use(Callable<T> work) throws Exception {
        connections.acquire(); // if this throws, no permit was taken, and none must be given back
        try {
            return work.call();
        } finally {
            connections.release(); // the permit this call took, even when the work throws
        }
    }
}
