import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What must hold: every request is greeted as its own user, or as "guest" when it has none, whichever pool thread
 * runs it; a request with a blank user name is refused (greet() throws IllegalArgumentException), and leaves nothing
 * behind on its thread for the next request, which is what a remove() that is not in a finally block does. The requests run on a pool, so only real runs check it.
 */
public class GreeterScenario extends ExerciseScenario {
    static final String REFUSED = "refused (IllegalArgumentException)";

    static String describe(String reply) {
        return reply.equals(REFUSED) || reply.startsWith("threw ") ? reply : "\"" + reply + "\"";
    }

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
                        String user = i % 3 == 0 ? null : i % 7 == 1 ? " " : "user" + i;
                        users.add(user);
                        replies.add(Greeter.handle(pool, user));
                    }
                    for (Future<String> reply : replies) {
                        try {
                            got.add(reply.get());
                        } catch (ExecutionException e) {
                            got.add(e.getCause() instanceof IllegalArgumentException ? REFUSED : "threw " + e.getCause());
                        }
                    }
                } finally {
                    pool.shutdownNow();
                }
            }

            @Override
            public void check() {
                for (int i = 0; i < users.size(); i++) {
                    String user = users.get(i);
                    String expected = user != null && user.isBlank() ? REFUSED : "hello, " + (user == null ? "guest" : user);
                    if (!expected.equals(got.get(i))) {
                        throw new AssertionError("request " + (i + 1) + " (user " + (user == null ? null : "\"" + user + "\"")
                                + ") got " + describe(got.get(i)) + ", expected " + describe(expected)
                                + (user == null && REFUSED.equals(got.get(i)) ? ": an earlier request that threw left its"
                                        + " user on the thread" : ""));
                    }
                }
            }
        });
    }
}
