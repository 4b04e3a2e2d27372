package concur.lessons.subclassing;

import java.util.ArrayList;
import java.util.List;

public class GivenNames {

    static class Runner extends Thread {
        Runner(String name) {
            super(name); // Thread's constructor takes the name
        }

        @Override
        public void run() {
            System.out.println("Thread " + getName() + " is running");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> System.out.println(
                "Thread " + Thread.currentThread().getName() + " is running");

        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(task));                 // no name: generated
        threads.add(new Runner("downloader"));         // a subclass passes it on
        threads.add(new Thread(task, "uploader"));     // a task and a name
        Thread.Builder numbered = Thread.ofPlatform().name("indexer-", 1);
        threads.add(numbered.unstarted(task));         // indexer-1
        threads.add(numbered.unstarted(task));         // indexer-2

        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("all " + threads.size() + " threads have finished");
    }
}
