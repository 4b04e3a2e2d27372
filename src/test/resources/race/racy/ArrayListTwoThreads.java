// race: the ArrayList
import java.util.ArrayList;
import java.util.List;

/** Two threads add() to one ArrayList. */
public class ArrayListTwoThreads {
    public static void run() throws Exception {
        List<Integer> list = new ArrayList<>();
        Runnable work = () -> {
            for (int i = 0; i < 50; i++) {
                list.add(i);
            }
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
