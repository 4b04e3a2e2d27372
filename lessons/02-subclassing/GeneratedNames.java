package concur.lessons.subclassing;

public class GeneratedNames {

    /** A thread whose job is written into the thread itself, by overriding run(). */
    static class Runner extends Thread {
        @Override
        public void run() {
            for (int i = 1; i <= 5; i++) {
                System.out.println("Thread " + getName() + " is running (" + i + " of 5)");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runner first = new Runner();  // no name given: the JVM makes one up
        Runner second = new Runner();
        System.out.println("created " + first.getName() + " and " + second.getName());

        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("both runners have finished");
    }
}
