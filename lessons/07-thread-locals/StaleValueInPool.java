package concur.lessons.threadlocals;

import java.util.List;
import java.util.concurrent.Executors;

public class StaleValueInPool {
    private static final ThreadLocal<String> CURRENT_USER =
            ThreadLocal.withInitial(() -> "nobody");

    record Request(int id, String login) {} // login is null for an anonymous request

    static void handle(Request request) {
        if (request.login() != null) {
            CURRENT_USER.set(request.login()); // set, and never removed
        }
        audit(request);
    }

    // Deep in the code, far from where the user was set.
    static void audit(Request request) {
        String who = request.login() == null ? "no login" : "login " + request.login();
        System.out.println("request " + request.id() + " (" + who + ") runs as "
                + CURRENT_USER.get());
    }

    public static void main(String[] args) {
        var requests = List.of(new Request(1, "alice"), new Request(2, null),
                new Request(3, "bob"), new Request(4, null));
        // One worker thread: every request runs on it, one after the other.
        var workerThreads = Thread.ofPlatform().name("worker").factory();
        try (var pool = Executors.newSingleThreadExecutor(workerThreads)) {
            for (Request request : requests) {
                pool.execute(() -> handle(request));
            }
        }
        System.out.println("main runs as " + CURRENT_USER.get());
    }
}
