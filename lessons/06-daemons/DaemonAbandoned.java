package concur.lessons.daemons;

public class DaemonAbandoned {

    public static void main(String[] args) throws InterruptedException {
        Thread ticker = Thread.ofPlatform().name("ticker").daemon(true).start(() -> {
            try {
                for (int tick = 1; ; tick++) {
                    System.out.println("background tick " + tick);
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                System.out.println("interrupted");
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
            } finally {
                System.out.println("ticker cleans up"); // never printed: see below
            }
        });

        Thread.sleep(600);
        System.out.println("ticker alive: " + ticker.isAlive() + ", daemon: " + ticker.isDaemon());
        System.out.println("main returns now");
    }
}
