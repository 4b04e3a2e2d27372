package concur.lessons.daemons;

import java.util.concurrent.CountDownLatch;

public class WhoIsADaemon {

    public static void main(String[] args) throws InterruptedException {
        Runnable nothing = () -> { };
        System.out.println("main:                     " + Thread.currentThread().isDaemon());
        System.out.println("new Thread(...):          " + new Thread(nothing).isDaemon());
        System.out.println("ofPlatform().daemon():    "
                + Thread.ofPlatform().daemon(true).unstarted(nothing).isDaemon());
        System.out.println("ofVirtual():              " + Thread.ofVirtual().unstarted(nothing).isDaemon());

        Thread daemon = Thread.ofPlatform().name("daemon").daemon(true).start(() ->
                System.out.println("made by a daemon thread:  " + new Thread(nothing).isDaemon()));
        daemon.join();

        // setDaemon refuses only while the thread is alive, so this one waits until we have tried.
        CountDownLatch tried = new CountDownLatch(1);
        Thread running = new Thread(() -> {
            try {
                tried.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "running");
        running.start();
        try {
            running.setDaemon(true);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon while it runs:  " + e.getClass().getSimpleName());
        } finally {
            tried.countDown();
        }
        running.join();
    }
}
