package concur.lessons.executors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class FiveHundred {

    record Square(int input, int value, String worker) {}

    /** Squares 0 to 499 on a new pool of 3 workers and prints how many tasks each ran. */
    static void squareAll(String label, int sleepMillis) throws InterruptedException {
        List<Callable<Square>> tasks = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            int input = n;
            tasks.add(() -> {
                if (sleepMillis > 0) {
                    Thread.sleep(sleepMillis);
                }
                return new Square(input, input * input, Thread.currentThread().getName());
            });
        }
        var factory = Thread.ofPlatform().name("worker-", 1).factory();
        Map<String, Integer> perWorker = new HashMap<>();
        int correct = 0;
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(3, factory)) {
            for (Future<Square> f : pool.invokeAll(tasks)) { // returns when all are done
                Square s = f.resultNow();
                correct += s.value() == s.input() * s.input() ? 1 : 0;
                perWorker.merge(s.worker(), 1, Integer::sum);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int total = perWorker.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%-10s %8d %8d %8d %6d %7d %4d%n", label,
                perWorker.getOrDefault("worker-1", 0), perWorker.getOrDefault("worker-2", 0),
                perWorker.getOrDefault("worker-3", 0), total, correct, millis);
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("pool       worker-1 worker-2 worker-3  total correct   ms");
        for (int i = 0; i < 4; i++) {
            squareAll("tiny tasks", 0);
        }
        squareAll("1 ms tasks", 1);
    }
}
