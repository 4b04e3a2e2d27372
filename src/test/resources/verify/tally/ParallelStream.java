import java.util.stream.IntStream;

/** A parallel stream over the indexes: the common pool's threads share the work, and count() adds up their counts. */
public class Tally {

    public static long multiplesOf3(int[] values, int threads) {
        return IntStream.range(0, values.length).parallel().filter(i -> values[i] % 3 == 0).count();
    }
}
