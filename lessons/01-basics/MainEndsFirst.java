package concur.lessons.basics;

public class MainEndsFirst {

    public static void main(String[] args) {
        Thread mainThread = Thread.currentThread();
        Thread worker = new Thread(() -> {
            try {
                mainThread.join(); // wait for main() to return
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: keep the flag set (the queues lesson explains)
                return;
            }
            System.out.println("main() has returned, and I am still running");
            System.out.println("the program ends when I do");
        }, "worker");
        worker.start();
        System.out.println("main() is about to return");
    }
}
