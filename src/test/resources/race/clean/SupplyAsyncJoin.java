import java.util.concurrent.CompletableFuture;

/** supplyAsync() builds an object with plain fields in the pool; join() hands it back. */
public class SupplyAsyncJoin {
    static class Report {
        int lines;
        String title;
    }

    private int input = 3;

    public static void run() throws Exception {
        SupplyAsyncJoin s = new SupplyAsyncJoin();
        s.input = 4;
        CompletableFuture<Report> f = CompletableFuture.supplyAsync(() -> {
            Report r = new Report();
            r.lines = s.input * 10;
            r.title = "t";
            return r;
        });
        Report r = f.join();
        if (r.lines != 40 || !r.title.equals("t")) {
            throw new AssertionError(r.lines);
        }
    }
}
