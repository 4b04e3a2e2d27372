// race: the HashMap
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;

/** The caller iterates a HashMap while a worker put()s into it. */
public class HashMapIterateWhilePut {
    public static void run() throws Exception {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            map.put(i, "v" + i);
        }
        Thread writer = new Thread(() -> {
            for (int i = 10; i < 60; i++) {
                map.put(i, "v" + i);
            }
        });
        writer.start();
        int length = 0;
        for (int round = 0; round < 5; round++) {
            try {
                for (Map.Entry<Integer, String> e : map.entrySet()) {
                    length += e.getValue().length();
                }
            } catch (ConcurrentModificationException e) {
                length = -1;
            }
        }
        writer.join();
    }
}
