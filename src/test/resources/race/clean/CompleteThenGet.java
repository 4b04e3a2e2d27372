import java.util.concurrent.CompletableFuture;

/** A thread fills an object and complete()s a CompletableFuture with it; the caller get()s it. */
public class CompleteThenGet {
    static class Result {
        int code;
        String text;
    }

    public static void run() throws Exception {
        CompletableFuture<Result> promise = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            Result r = new Result();
            r.code = 200;
            r.text = "ok";
            promise.complete(r);
        });
        worker.start();
        Result r = promise.get();
        if (r.code != 200 || !r.text.equals("ok")) {
            throw new AssertionError(r.code);
        }
        worker.join();
    }
}
