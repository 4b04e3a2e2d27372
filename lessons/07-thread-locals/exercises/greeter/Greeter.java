import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Handles requests on a thread pool; the code a request calls finds its user in a ThreadLocal. */
public class Greeter {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    /** Handles one request; user is null for an anonymous one. */
    public static Future<String> handle(ExecutorService pool, String user) {
        return pool.submit(() -> {
            if (user != null) {
                USER.set(user);
            }
            return greet();
        });
    }

    static String greet() {
        String user = USER.get();
        if (user != null && user.isBlank()) {
            throw new IllegalArgumentException("a blank user name");
        }
        return "hello, " + (user == null ? "guest" : user);
    }
}
