package concur.lessons.basics;

public class RunVersusStart {

    public static void main(String[] args) throws InterruptedException {
        Runnable whoAmI = () -> System.out.println("this code runs on " + Thread.currentThread().getName());

        Thread worker = new Thread(whoAmI, "worker");
        worker.run();   // an ordinary method call: no new thread
        worker.start(); // a new thread, which then calls run()
        worker.join();
    }
}
