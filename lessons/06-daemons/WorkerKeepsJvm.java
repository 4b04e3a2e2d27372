package concur.lessons.daemons;

public class WorkerKeepsJvm {

    public static void main(String[] args) {
        Thread mainThread = Thread.currentThread();
        Thread worker = Thread.ofPlatform().name("worker").start(() -> {
            try {
                mainThread.join(); // wait until main() has returned
                System.out.println("main() has returned; I am still running");
                for (int tick = 1; ; tick++) {
                    System.out.println("tick " + tick);
                    Thread.sleep(400);
                }
            } catch (InterruptedException e) {
                System.out.println("interrupted");
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set
            }
        });

        System.out.println("worker is a daemon: " + worker.isDaemon());
        System.out.println("main returns now");
    }
}
