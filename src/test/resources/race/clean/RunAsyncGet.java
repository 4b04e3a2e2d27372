import java.util.concurrent.CompletableFuture;

/** runAsync() writes a plain field; get() on its future orders that write before the read. */
public class RunAsyncGet {
    private int result;

    public static void run() throws Exception {
        RunAsyncGet r = new RunAsyncGet();
        CompletableFuture<Void> f = CompletableFuture.runAsync(() -> r.result = 17);
        f.get();
        if (r.result != 17) {
            throw new AssertionError(r.result);
        }
    }
}
