// race: VolatileOtherField.data
/** The writer sets volatile field ready; the reader reads volatile field seen instead, which orders nothing. */
public class VolatileOtherField {
    private int data;
    private volatile boolean ready;
    private volatile boolean seen;

    public static void run() throws Exception {
        VolatileOtherField v = new VolatileOtherField();
        Thread writer = new Thread(() -> {
            v.data = 1;
            v.ready = true;
        });
        writer.start();
        // the writer has ended, but getState() is no edge; the reader then reads the wrong volatile
        while (writer.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        boolean flag = v.seen;
        int d = v.data;
        writer.join();
    }
}
