public class Doorbell {
    private boolean rung; // not volatile: the JIT may read it once and spin forever

    public void ring() {
        rung = true;
    }

    public void await() {
        while (!rung) {
            // busy-wait
        }
    }
}
