// race: the StringBuilder
/** Two threads append() to one StringBuilder. */
public class StringBuilderTwoThreads {
    public static void run() throws Exception {
        StringBuilder log = new StringBuilder();
        Thread a = new Thread(() -> { for (int i = 0; i < 20; i++) log.append('a'); });
        Thread b = new Thread(() -> { for (int i = 0; i < 20; i++) log.append('b'); });
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
