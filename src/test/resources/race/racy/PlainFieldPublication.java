// race: PlainFieldPublication.box
/** An object published through a plain field: the reader spins until it sees it, then reads its contents. */
public class PlainFieldPublication {
    static class Box {
        int value;
    }

    private Box box;

    public static void run() throws Exception {
        PlainFieldPublication p = new PlainFieldPublication();
        int[] seen = new int[1];
        Thread reader = new Thread(() -> {
            Box b;
            while ((b = p.box) == null) {
                Thread.onSpinWait();
            }
            seen[0] = b.value;
        });
        reader.start();
        Box b = new Box();
        b.value = 5;
        p.box = b;
        reader.join();
    }
}
