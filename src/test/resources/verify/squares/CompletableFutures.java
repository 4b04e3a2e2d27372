import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Squares numbers on a pool of threads. */
public class Squares {

    public static List<Integer> of(List<Integer> inputs) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Integer>> squares = inputs.stream()
                    .map(input -> CompletableFuture.supplyAsync(() -> input * input, pool))
                    .toList();
            return squares.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }
}
