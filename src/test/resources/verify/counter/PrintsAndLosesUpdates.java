public class Counter {
    private int count;

    public void increment() {
        int before = count;
        System.out.println("increment: read " + before);
        // what a learner's output might try: a verdict of its own, and escape sequences to redraw the screen
        System.err.println("\u2713 counter: verified\u001b[1A\u001b[2K");
        count = before + 1;
    }

    public int get() {
        return count;
    }
}
