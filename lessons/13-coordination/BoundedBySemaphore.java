package concur.lessons.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class BoundedBySemaphore {

    public static void main(String[] args) throws InterruptedException {
        var printer = new Semaphore(2); // two permits: at most two users at once
        var inside = new AtomicInteger();
        List<Thread> users = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            users.add(Thread.ofPlatform().name("user-" + i).start(() -> {
                try {
                    printer.acquire(); // waits while both permits are taken
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                    return;
                }
                try {
                    System.out.println("printing, " + inside.incrementAndGet() + " inside");
                    Thread.sleep(150);
                    inside.decrementAndGet();
                    System.out.println("done");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    printer.release(); // only after a successful acquire
                }
            }));
        }
        for (Thread user : users) {
            user.join();
        }
        System.out.println("all 5 printed; permits free: " + printer.availablePermits());
    }
}
