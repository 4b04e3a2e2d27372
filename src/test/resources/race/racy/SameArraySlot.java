// race: slots[1]
/** Two threads write the same element of an array read from a field. */
public class SameArraySlot {
    private final int[] slots = new int[4];

    public static void run() throws Exception {
        SameArraySlot s = new SameArraySlot();
        Thread a = new Thread(() -> s.slots[1] = 10);
        Thread b = new Thread(() -> s.slots[1] = 20);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
