public class Doorbell {
    private volatile boolean rung; // volatile: every read sees the latest write

    public void ring() {
        rung = true;
    }

    public void await() {
        while (!rung) {
            Thread.onSpinWait();
        }
    }
}
