import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/** A RecursiveTask fork()s its left half, computes the right, join()s the left and reads a plain field it set. */
public class ForkJoinForkJoin {
    static class Count extends RecursiveTask<Long> {
        final int from;
        final int to;
        int leaves;

        Count(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 10) {
                leaves = 1;
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += i;
                }
                return sum;
            }
            int mid = (from + to) / 2;
            Count left = new Count(from, mid);
            Count right = new Count(mid, to);
            left.fork();
            long r = right.compute();
            long l = left.join();
            leaves = left.leaves + right.leaves;
            return l + r;
        }
    }

    public static void run() throws Exception {
        Count all = new Count(0, 160);
        long sum = ForkJoinPool.commonPool().submit(all).get();
        if (sum != 12720 || all.leaves != 16) {
            throw new AssertionError(sum + " " + all.leaves);
        }
    }
}
