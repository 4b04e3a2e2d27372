import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: await() returns once ring() has been called, whether the ring came before or after await() began,
 * and not before; ring() never blocks.
 */
public class DoorbellScenario extends ExerciseScenario {
    private final Doorbell bell = new Doorbell();
    private volatile boolean ringCalled;

    @Operation
    public void ring() {
        ringCalled = true;
        bell.ring();
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
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                .scenario(ModelCheck.threads().thread(call("await")).thread(call("ring")));
    }

    public static Stress stress() {
        return Stress.of(2, 10, trial -> new Stress.Trial() {
            final Doorbell bell = new Doorbell();
            volatile boolean ringCalled;
            volatile boolean returnedEarly;

            @Override
            public void thread(int index) throws InterruptedException {
                if (index == 0) {
                    bell.await();
                    returnedEarly = !ringCalled;
                } else {
                    // every other trial the waiter waits a while first, longer each time: long enough for the JIT
                    // to compile its loop, even on a busy machine
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
