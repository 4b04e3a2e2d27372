import java.util.concurrent.atomic.AtomicReference;

/** An object with plain fields, filled and then published with AtomicReference.set(); read after get(). */
public class AtomicReferencePublish {
    static class Point {
        int x;
        int y;
    }

    public static void run() throws Exception {
        AtomicReference<Point> ref = new AtomicReference<>();
        int[] seen = new int[1];
        Thread reader = new Thread(() -> {
            Point p;
            while ((p = ref.get()) == null) {
                Thread.onSpinWait();
            }
            seen[0] = p.x * p.y;
        });
        reader.start();
        Point p = new Point();
        p.x = 6;
        p.y = 7;
        ref.set(p);
        reader.join();
        if (seen[0] != 42) {
            throw new AssertionError(seen[0]);
        }
    }
}
