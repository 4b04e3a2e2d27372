import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What must hold: every request is greeted as its own user, or as "guest" when it has none, whichever pool thread
 * runs it. The requests run on a pool, so only real runs check it.
 */
public class GreeterScenario extends ExerciseScenario {

    public static Stress stress() {
        return Stress.of(1, 10, trial -> new Stress.Trial() {
            final List<String> users = new ArrayList<>();
            final List<String> got = new ArrayList<>();

            @Override
            public void thread(int index) throws Exception {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<String>> replies = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        String user = i % 3 == 0 ? null : "user" + i;
                        users.add(user);
                        replies.add(Greeter.handle(pool, user));
                    }
                    for (Future<String> reply : replies) {
                        got.add(reply.get());
                    }
                } finally {
                    pool.shutdownNow();
                }
            }

            @Override
            public void check() {
                for (int i = 0; i < users.size(); i++) {
                    String expected = "hello, " + (users.get(i) == null ? "guest" : users.get(i));
                    if (!expected.equals(got.get(i))) {
                        throw new AssertionError("request " + (i + 1) + " (user " + users.get(i) + ") was greeted \""
                                + got.get(i) + "\", expected \"" + expected + "\"");
                    }
                }
            }
        });
    }
}
