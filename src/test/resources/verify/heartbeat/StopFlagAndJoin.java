/** Does some work while a background thread beats; the program should end when the work is done. */
public class Heartbeat {
    private static volatile boolean done;

    public static void main(String[] args) throws InterruptedException {
        done = false;
        Thread heartbeat = new Thread(() -> {
            while (!done) {
                System.out.println("beat");
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heartbeat");
        heartbeat.start();
        long sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            sum += i;
        }
        done = true; // a volatile write: the heartbeat's next read of done sees it
        heartbeat.join();
        System.out.println("work done: " + sum);
    }
}
