import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** A RecursiveAction keeps its sum in a plain field: read after ForkJoinTask.invokeAll() and pool.invoke(). */
public class ForkJoinInvokeAll {
    static class Sum extends RecursiveAction {
        final int[] data;
        final int from;
        final int to;
        long result;

        Sum(int[] data, int from, int to) {
            this.data = data;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= 25) {
                for (int i = from; i < to; i++) {
                    result += data[i];
                }
                return;
            }
            int mid = (from + to) / 2;
            Sum left = new Sum(data, from, mid);
            Sum right = new Sum(data, mid, to);
            invokeAll(left, right);
            result = left.result + right.result;
        }
    }

    public static void run() throws Exception {
        int[] data = new int[200];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            Sum all = new Sum(data, 0, data.length);
            pool.invoke(all);
            if (all.result != 19900) {
                throw new AssertionError(all.result);
            }
        } finally {
            pool.shutdown();
        }
    }
}
