package concur.lessons.threadlocals;

import java.util.ArrayList;
import java.util.List;

public class InheritedList {
    // Each request keeps a list of the steps taken for it, for the log.
    private static final InheritableThreadLocal<List<String>> STEPS =
            new InheritableThreadLocal<>();

    // The same, but a new thread gets a list of its own to add to.
    private static final InheritableThreadLocal<List<String>> OWN_STEPS =
            new InheritableThreadLocal<>() {
                @Override
                protected List<String> childValue(List<String> parentValue) {
                    return new ArrayList<>(parentValue); // called once, as the child is created
                }
            };

    public static void main(String[] args) throws InterruptedException {
        List<String> mine = new ArrayList<>(List.of("request in"));
        List<String> myOwn = new ArrayList<>(List.of("request in"));
        STEPS.set(mine);
        OWN_STEPS.set(myOwn);

        Thread child = new Thread(() -> {
            System.out.println("STEPS is main's very list: " + (STEPS.get() == mine));
            System.out.println("OWN_STEPS is main's very list: " + (OWN_STEPS.get() == myOwn));
            STEPS.get().add("reply sent");
            OWN_STEPS.get().add("reply sent");
        }, "child");
        child.start();
        child.join();

        System.out.println("main's STEPS:     " + STEPS.get());
        System.out.println("main's OWN_STEPS: " + OWN_STEPS.get());
    }
}
