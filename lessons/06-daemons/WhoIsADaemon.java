package concur.lessons.daemons;

public class WhoIsADaemon {

    public static void main(String[] args) throws InterruptedException {
        Runnable nothing = () -> { };
        System.out.println("main:                     " + Thread.currentThread().isDaemon());
        System.out.println("new Thread(...):          " + new Thread(nothing).isDaemon());
        System.out.println("ofPlatform().daemon():    "
                + Thread.ofPlatform().daemon(true).unstarted(nothing).isDaemon());
        System.out.println("ofVirtual():              " + Thread.ofVirtual().unstarted(nothing).isDaemon());

        Thread daemon = Thread.ofPlatform().daemon(true).start(() ->
                System.out.println("made by a daemon thread:  " + new Thread(nothing).isDaemon()));
        daemon.join();

        Thread running = new Thread(nothing);
        running.start();
        try {
            running.setDaemon(true);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon after start():  " + e.getClass().getSimpleName());
        }
    }
}
