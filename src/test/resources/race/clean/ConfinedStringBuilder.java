/** Each thread builds its own StringBuilder, never shared; only the finished String is handed back by join. */
public class ConfinedStringBuilder {
    public static void run() throws Exception {
        String[] out = new String[2];
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 20; k++) {
                    sb.append((char) ('a' + me));
                }
                sb.reverse();
                out[me] = sb.toString();
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (out[0].length() + out[1].length() != 40) {
            throw new AssertionError();
        }
    }
}
