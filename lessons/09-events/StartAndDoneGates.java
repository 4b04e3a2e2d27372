package concur.lessons.events;

import java.util.concurrent.CountDownLatch;

public class StartAndDoneGates {

    public static void main(String[] args) throws InterruptedException {
        int workers = 3;
        var startGate = new CountDownLatch(1);      // main opens it once
        var doneGate = new CountDownLatch(workers); // each worker counts it down

        for (int i = 1; i <= workers; i++) {
            long workMs = 100L * i;
            new Thread(() -> {
                try {
                    System.out.println("waiting at the start gate");
                    startGate.await();
                    System.out.println("through the start gate");
                    Thread.sleep(workMs); // the work
                    System.out.println("done after " + workMs + " ms of work");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                    return;
                } finally {
                    doneGate.countDown(); // in finally, so main never waits forever
                }
            }, "worker-" + i).start();
        }

        Thread.sleep(200); // no worker gets past await() meanwhile
        System.out.println("Opening the start gate");
        startGate.countDown();

        doneGate.await(); // one wait for all three
        System.out.println("All " + workers + " workers are done");
    }
}
