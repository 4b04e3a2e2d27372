package concur.lessons.threadlocals;

public class InheritedByChild {
    private static final ThreadLocal<String> PLAIN = new ThreadLocal<>();
    private static final InheritableThreadLocal<String> INHERITED =
            new InheritableThreadLocal<>();

    public static void main(String[] args) throws InterruptedException {
        PLAIN.set("trace-42");
        INHERITED.set("trace-42");

        // The child copies main's inheritable values when it is created, here.
        Thread child = new Thread(() -> {
            System.out.println("plain: " + PLAIN.get());
            System.out.println("inheritable: " + INHERITED.get());
            INHERITED.set("trace-99");
            System.out.println("I changed my copy to " + INHERITED.get());
        }, "child");
        child.start();
        child.join();

        System.out.println("main still has " + INHERITED.get());
    }
}
