/** A static table filled, through a helper method, by the class's static initialiser; read by two threads. */
public class StaticInitTable {
    static class Squares {
        static final int[] TABLE = new int[8];
        static int filled;

        static {
            fill();
        }

        private static void fill() {
            for (int i = 0; i < TABLE.length; i++) {
                TABLE[i] = i * i;
            }
            filled = TABLE.length;
        }
    }

    public static void run() throws Exception {
        int[] seen = new int[2];
        Thread a = new Thread(() -> seen[0] = Squares.TABLE[3] + Squares.filled);
        Thread b = new Thread(() -> seen[1] = Squares.TABLE[7] + Squares.TABLE[3]);
        a.start();
        b.start();
        a.join();
        b.join();
        if (seen[0] != 17 || seen[1] != 58) {
            throw new AssertionError(seen[0] + " " + seen[1]);
        }
    }
}
