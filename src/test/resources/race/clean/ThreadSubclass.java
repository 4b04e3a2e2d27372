/** A Thread subclass overriding run(): its fields are set before start() and read after join(). */
public class ThreadSubclass {
    static class Summer extends Thread {
        int from;
        int to;
        int sum;

        @Override
        public void run() {
            for (int i = from; i <= to; i++) {
                sum += i;
            }
        }
    }

    public static void run() throws Exception {
        Summer low = new Summer();
        Summer high = new Summer();
        low.from = 1;
        low.to = 50;
        high.from = 51;
        high.to = 100;
        low.start();
        high.start();
        low.join();
        high.join();
        if (low.sum + high.sum != 5050) {
            throw new AssertionError(low.sum + high.sum);
        }
    }
}
