package concur.lessons.memorymodel;

/**
 * The store-buffering litmus test. Thread t1 writes x, then reads y; thread t2 writes y, then reads x. In every
 * interleaving of those four steps one of the writes comes first, so at least one read sees 1.
 */
public class StoreBuffering {
    static final int PAIRS = 1024, ROUNDS = 1024;

    static final class Cell {
        int x, y; // plain fields
    }

    // The start and finish lines of a round. They are volatile, so each round's setup and results are handed over
    // safely; only the cells' own fields are left plain.
    static volatile int started, finished;

    public static void main(String[] args) throws InterruptedException {
        Cell[] cells = new Cell[PAIRS];
        int[] r1 = new int[PAIRS], r2 = new int[PAIRS];
        long[] seen = new long[4]; // how many pairs ended with each (r1, r2): index r1 * 2 + r2
        for (int i = 0; i < PAIRS; i++) {
            cells[i] = new Cell();
        }
        Thread t1 = Thread.ofPlatform().name("t1").start(() -> {
            for (int round = 1; round <= ROUNDS; round++) {
                for (Cell c : cells) {
                    c.x = 0;
                    c.y = 0;
                }
                started = round; // both threads go: t2 is spinning on this line
                for (int i = 0; i < PAIRS; i++) {
                    Cell c = cells[i];
                    c.x = 1;
                    r1[i] = c.y;
                }
                while (finished != round) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < PAIRS; i++) {
                    seen[r1[i] * 2 + r2[i]]++;
                }
            }
        });
        Thread t2 = Thread.ofPlatform().name("t2").start(() -> {
            for (int round = 1; round <= ROUNDS; round++) {
                while (started != round) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < PAIRS; i++) {
                    Cell c = cells[i];
                    c.y = 1;
                    r2[i] = c.x;
                }
                finished = round;
            }
        });
        t1.join();
        t2.join();
        System.out.printf("plain fields: %,d pairs, %,d rounds of %,d%n", (long) PAIRS * ROUNDS, ROUNDS, PAIRS);
        for (int outcome : new int[] {1, 2, 3, 0}) {
            long n = seen[outcome];
            System.out.printf("r1, r2 = %d, %d: %,d pair%s%n", outcome / 2, outcome % 2, n, n == 1 ? "" : "s");
        }
    }
}
