import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: await() returns once ring() has been called, whether the ring came before or after await() began,
 * and not before, for every waiter, even one woken with no ring; ring() never blocks. The model checker never wakes a
 * wait() spuriously, so nudge() does it in the open, on the bell's monitor.
 */
public class DoorbellScenario extends ExerciseScenario {
    private final Doorbell bell = new Doorbell();
    private volatile boolean ringCalled;

    @Operation
    public void ring() {
        ringCalled = true;
        bell.ring();
    }

    /**
     * Wakes whoever waits on the bell's own monitor without ringing, as a spurious wake-up would (the JDK allows
     * wait() to return with no notify at all): await() must go back to waiting. A bell that waits on another object
     * is not woken by it, and needs no such care from this.
     */
    @Operation
    public void nudge() {
        synchronized (bell) {
            bell.notifyAll();
        }
    }

        /** Whether ring() had been called when await() returned: it must have been. */
    @Operation
    public boolean await() throws InterruptedException {
        bell.await();
        return ringCalled;
    }

    /** The contract, one call at a time: await() returns only after a ring. */
    public static class Model {
        public void ring() {
        }

        public boolean await() {
            return true;
        }

        public void nudge() {
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("await")).thread(call("ring")))
                // a wake-up with no ring, then the ring: the waiter must wait on until the ring
                .scenario(ModelCheck.threads().thread(call("await")).thread(call("nudge"), call("ring")));
    }

    /** Two waiters and a ringer: one ring must let both through (the model checker takes notify() for notifyAll()). */
    public static Stress stress() {
        return Stress.of(3, 10, trial -> new Stress.Trial() {
            final Doorbell bell = new Doorbell();
            volatile boolean ringCalled;
            volatile boolean returnedEarly;

            @Override
            public void thread(int index) throws InterruptedException {
                if (index != 1) {
                    bell.await();
                    if (!ringCalled) {
                        returnedEarly = true;
                    }
                } else {
                    // every other trial the waiters wait a while first, longer each time: long enough for the JIT
                    // to compile their loops, even on a busy machine
                    if (trial % 2 == 1) {
                        Thread.sleep(150L * (trial + 1) / 2);
                    }
                    ringCalled = true;
                    bell.ring();
                }
            }

            @Override
            public void check() {
                if (returnedEarly) {
                    throw new AssertionError("await() returned before ring() was called");
                }
            }
        });
    }
}
