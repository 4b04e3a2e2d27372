/** Wrong: a plain count checked and then taken, by several threads at once. */
public class ConnectionPool {
    private final int size;
    private int inUse;

    public ConnectionPool(int size) {
        this.size = size;
    }

    public <T> T use(java.util.concurrent.Callable<T> work) throws Exception {
        while (inUse >= size) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread.onSpinWait();
        }
        inUse++;
        try {
            return work.call();
        } finally {
            inUse--;
        }
    }
}
