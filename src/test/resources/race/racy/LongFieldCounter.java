// race: LongFieldCounter.total
/** Two threads add into a plain long field (a two-slot value on the operand stack). */
public class LongFieldCounter {
    private long total;

    public static void run() throws Exception {
        LongFieldCounter c = new LongFieldCounter();
        Runnable work = () -> { for (int i = 0; i < 100; i++) c.total += 1L << 40; };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
