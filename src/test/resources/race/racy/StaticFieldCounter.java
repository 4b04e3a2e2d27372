// race: StaticFieldCounter.hits
/** Two threads increment a static field with no lock. */
public class StaticFieldCounter {
    static int hits;

    public static void run() throws Exception {
        hits = 0;
        Runnable work = () -> { for (int i = 0; i < 100; i++) hits++; };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
