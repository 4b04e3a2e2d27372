// race: SleepInsteadOfJoin.result
/** The caller sleeps instead of joining, then reads what the worker wrote: a sleep orders nothing. */
public class SleepInsteadOfJoin {
    private int result;

    public static void run() throws Exception {
        SleepInsteadOfJoin s = new SleepInsteadOfJoin();
        Thread worker = new Thread(() -> s.result = 42);
        worker.start();
        Thread.sleep(50);
        int seen = s.result;
        worker.join();
    }
}
