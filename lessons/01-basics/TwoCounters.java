package concur.lessons.basics;

public class TwoCounters {

    public static void main(String[] args) throws InterruptedException {
        Runnable countTo54 = () -> {
            for (int i = 0; i <= 54; i++) {
                System.out.println(i);
            }
        };

        Thread a = new Thread(countTo54, "counter-A");
        Thread b = new Thread(countTo54, "counter-B");
        a.start();
        b.start();

        a.join(); // wait until counter-A has finished
        b.join(); // ... and counter-B
        System.out.println("both counters are done");
    }
}
