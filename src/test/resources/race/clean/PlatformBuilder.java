/** Thread.ofPlatform().start(r): the builder starts the thread; join() orders its writes before the read. */
public class PlatformBuilder {
    private int before;
    private int after;

    public static void run() throws Exception {
        PlatformBuilder p = new PlatformBuilder();
        p.before = 5;
        Thread t = Thread.ofPlatform().name("builder-worker").start(() -> p.after = p.before + 1);
        t.join();
        if (p.after != 6) {
            throw new AssertionError(p.after);
        }
    }
}
