package concur.lessons.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

public class DefaultPool {

    static String lookUp(String what) {
        Thread me = Thread.currentThread();
        System.out.println("looking up " + what + " (daemon: " + me.isDaemon() + ")");
        return what;
    }

    public static void main(String[] args) {
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        System.out.println("Java " + Runtime.version().feature() + ", cores: " + Runtime.getRuntime().availableProcessors()
                + ", common pool parallelism: " + parallelism);

        // No executor: the common pool (older JDKs start a thread per task when the pool has only one thread).
        CompletableFuture.supplyAsync(() -> lookUp("the default")).join();

        // An executor of our own: its threads, its names, its size, and we decide when it ends.
        try (ExecutorService lookups = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("lookup-", 1).factory())) {
            CompletableFuture.supplyAsync(() -> lookUp("our own"), lookups).join();
        }
    }
}
