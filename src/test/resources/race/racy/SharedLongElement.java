// race: element 0 of a long[]
/** Two threads add into element 0 of a local long[] they both captured. */
public class SharedLongElement {
    public static void run() throws Exception {
        long[] totals = new long[2];
        Runnable work = () -> {
            for (int i = 0; i < 100; i++) {
                totals[0] += i;
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
