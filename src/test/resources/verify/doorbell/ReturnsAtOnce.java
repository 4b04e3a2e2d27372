public class Doorbell {
    private volatile boolean rung;

    public void ring() {
        rung = true;
    }

    public void await() {
        // checks once and goes on, rung or not
    }
}
