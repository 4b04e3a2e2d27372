import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Two threads add to a Collections.synchronizedList; after join the caller iterates it under its lock. */
public class SynchronizedListIteration {
    static class Entry {
        int n;
    }

    public static void run() throws Exception {
        List<Entry> list = Collections.synchronizedList(new ArrayList<>());
        Runnable work = () -> {
            for (int i = 0; i < 50; i++) {
                Entry e = new Entry();
                e.n = 1;
                list.add(e);
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
        int sum = 0;
        synchronized (list) {
            for (Entry e : list) {
                sum += e.n;
            }
        }
        if (sum != 100) {
            throw new AssertionError(sum);
        }
    }
}
