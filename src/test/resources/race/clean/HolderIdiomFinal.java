/** Lazy initialisation on demand: a final static field set in a nested class's static initialiser. */
public class HolderIdiomFinal {
    static class Config {
        int retries;
        String host;

        Config() {
            retries = 3;
            host = "localhost";
        }
    }

    private static class Holder {
        static final Config INSTANCE = new Config();
    }

    static Config config() {
        return Holder.INSTANCE;
    }

    public static void run() throws Exception {
        int[] seen = new int[2];
        Thread a = new Thread(() -> seen[0] = config().retries + config().host.length());
        Thread b = new Thread(() -> seen[1] = config().retries + config().host.length());
        a.start();
        b.start();
        a.join();
        b.join();
        if (seen[0] != 12 || seen[1] != 12) {
            throw new AssertionError();
        }
    }
}
