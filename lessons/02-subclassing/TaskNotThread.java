package concur.lessons.subclassing;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class TaskNotThread {

    static class Greeter extends Thread {
        @Override
        public void run() {
            System.out.println("getName():       " + getName());
            System.out.println("currentThread(): " + Thread.currentThread().getName());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Greeter greeter = new Greeter();
        greeter.start();
        greeter.join();
        try {
            greeter.start(); // the job is welded to one thread, and it has ended
        } catch (IllegalThreadStateException e) {
            System.out.println("starting " + greeter.getName()
                    + " again: IllegalThreadStateException");
        }

        Runnable greet = () -> System.out.println("hello from " + Thread.currentThread().getName());
        for (String name : List.of("first", "second")) {
            Thread t = new Thread(greet, name); // the same task, a fresh thread each time
            t.start();
            t.join();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            pool.submit(greet);
            pool.submit(greet);
            pool.submit(new Greeter()); // a Thread is a Runnable too: the pool just calls run()
        }
        System.out.println("done");
    }
}
