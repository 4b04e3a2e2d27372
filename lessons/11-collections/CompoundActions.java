package concur.lessons.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

public class CompoundActions {
    static final int THREADS = 4, VALUES = 500, TRIALS = 10;

    /** Four threads each add every value the list does not hold yet; how many are there twice? */
    static int duplicates(boolean holdTheLock) throws InterruptedException {
        List<Integer> list = Collections.synchronizedList(new ArrayList<>());
        var go = new CountDownLatch(1);
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = Thread.ofPlatform().name("adder-" + (t + 1)).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int v = 0; v < VALUES; v++) {
                    if (holdTheLock) {
                        synchronized (list) { // the wrapper's own lock: the check and the add are one step
                            if (!list.contains(v)) {
                                list.add(v);
                            }
                        }
                    } else if (!list.contains(v)) { // each call locks, but another thread can add in between
                        list.add(v);
                    }
                }
            });
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        synchronized (list) { // iterating a synchronized list takes its lock too
            return list.size() - new HashSet<>(list).size();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int unlocked = 0, locked = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            unlocked += duplicates(false);
            locked += duplicates(true);
        }
        System.out.printf("synchronizedList, check then add: %d duplicates in %d trials%n", unlocked, TRIALS);
        System.out.printf("synchronizedList, check then add under synchronized (list): %d duplicates in %d trials%n",
                locked, TRIALS);

        var snapshot = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        var iteration = snapshot.iterator(); // iterates the array as it is now
        Thread adder = Thread.ofPlatform().name("adder").start(() -> snapshot.addAll(List.of("d", "e")));
        adder.join(); // the adds are done before the iteration goes on
        List<String> seen = new ArrayList<>();
        iteration.forEachRemaining(seen::add);
        System.out.println("CopyOnWriteArrayList: the iteration saw " + seen + "; the list now holds " + snapshot);
    }
}
