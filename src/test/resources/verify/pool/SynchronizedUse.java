import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/** Wrong: never more than one inside, but a pool of 2 must let two in together. */
public class ConnectionPool {
    public ConnectionPool(int size) {
    }

    public synchronized <T> T use(Callable<T> work) throws Exception {
        return work.call();
    }
}
