package concur.lessons.futures;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

public class JoinVersusGet {

    public static void main(String[] args) throws InterruptedException {
        var failed = new CompletableFuture<String>();
        failed.completeExceptionally(new IllegalArgumentException("no such user"));

        try {
            failed.join(); // unchecked: no throws clause needed, handy inside lambdas
        } catch (CompletionException e) {
            System.out.println("join() threw " + e.getClass().getSimpleName() + ", cause " + e.getCause());
        }
        try {
            failed.get(); // checked: the caller must handle ExecutionException and InterruptedException
        } catch (ExecutionException e) {
            System.out.println("get() threw " + e.getClass().getSimpleName() + ", cause " + e.getCause());
        }
        // getNow never waits: the value if there is one, else the fallback; a failure is thrown as join throws it
        System.out.println("getNow on a new future: " + new CompletableFuture<String>().getNow("not yet"));
    }
}
