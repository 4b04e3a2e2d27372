package concur.lessons.executors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class FiveInputs {

    static int square(int n) throws InterruptedException {
        Thread.sleep(20); // a little work, so that every worker gets some
        System.out.println("square(" + n + ") = " + n * n);
        return n * n;
    }

    public static void main(String[] args) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                int input = n;
                futures.add(pool.submit(() -> square(input)));
            }
            System.out.println("submitted 5 tasks");

            for (int i = 0; i < 5; i++) {
                int result = futures.get(i).get(); // waits for that task
                System.out.println("future " + (i + 1) + " gave " + result);
            }

            Future<Integer> broken = pool.submit(() -> 1 / 0);
            try {
                broken.get();
            } catch (ExecutionException e) {
                System.out.println("get() threw ExecutionException");
                System.out.println("cause: " + e.getCause());
            }
        } // close() waits for the tasks, then ends the workers
        System.out.println("pool closed");
    }
}
