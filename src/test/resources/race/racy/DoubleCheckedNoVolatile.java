// race: DoubleCheckedNoVolatile.instance
/** Double-checked locking on a field that is not volatile: the first, unlocked check reads it racily. */
public class DoubleCheckedNoVolatile {
    static class Service {
        int port;

        Service() {
            port = 8080;
        }
    }

    private Service instance;

    Service get() {
        if (instance == null) {
            synchronized (this) {
                if (instance == null) {
                    instance = new Service();
                }
            }
        }
        return instance;
    }

    public static void run() throws Exception {
        DoubleCheckedNoVolatile d = new DoubleCheckedNoVolatile();
        int[] ports = new int[2];
        Thread a = new Thread(() -> ports[0] = d.get().port);
        Thread b = new Thread(() -> ports[1] = d.get().port);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
