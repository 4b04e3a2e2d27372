package concur.lessons.threadlocals;

import java.util.ArrayList;
import java.util.List;

public class OneThreadLocalManyThreads {
    // One object, shared by every thread; each thread sees its own value in it.
    private static final ThreadLocal<Integer> COUNTER =
            ThreadLocal.withInitial(() -> 0);

    public static void main(String[] args) throws InterruptedException {
        Runnable countUp = () -> {
            COUNTER.set(1);
            System.out.println("set my counter to " + COUNTER.get());
            for (int i = 0; i < 5; i++) {
                COUNTER.set(COUNTER.get() + 1);
                System.out.println("counter = " + COUNTER.get());
                try {
                    Thread.sleep(10); // let the other threads take a turn
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // asked to stop: keep the flag set
                    return;
                }
            }
        };

        List<Thread> threads = new ArrayList<>();
        for (String name : List.of("counter-A", "counter-B", "counter-C")) {
            Thread t = new Thread(countUp, name);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        // main never called set(), so it gets the value withInitial supplies.
        System.out.println("main's counter = " + COUNTER.get());
    }
}
