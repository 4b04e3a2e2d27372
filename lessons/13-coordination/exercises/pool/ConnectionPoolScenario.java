import concur.verifier.ExerciseScenario;
import concur.verifier.Stress;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What must hold: use(work) runs work with at most size callers inside at once, lets size of them in together,
 * makes the others wait, gives the connection back even when work throws (the exception reaching the caller), and a
 * caller interrupted while it waits gets InterruptedException and gives back nothing it did not take. The trials take
 * turns: many calls on a pool of 2, some of whose work throws; two callers that must meet inside a pool of 2; and a
 * caller interrupted while it waits for a pool of 1 that another holds, after which a third must still wait.
 */
public class ConnectionPoolScenario extends ExerciseScenario {

    public static String noModelCheck() {
        return "the check interrupts a waiting caller, which the model checker cannot do";
    }

    static final class Failure extends RuntimeException {
        Failure() {
            super("the work failed");
        }
    }

    public static Stress stress() {
        return Stress.of(4, 12, trial -> switch (trial % 3) {
            case 0 -> many(trial);
            case 1 -> together();
            default -> interrupted();
        });
    }

    /** Four threads make 25 calls each on a pool of 2; every fifth piece of work throws. */
    static Stress.Trial many(int trial) {
        return new Stress.Trial() {
            final ConnectionPool pool = new ConnectionPool(2);
            final AtomicInteger inside = new AtomicInteger();
            final AtomicInteger most = new AtomicInteger();
            final AtomicInteger done = new AtomicInteger();
            volatile String problem;

            @Override
            public void thread(int index) throws Exception {
                for (int call = 0; call < 25; call++) {
                    boolean fails = (index + call + trial) % 5 == 0;
                    try {
                        int result = pool.use(() -> {
                            int now = inside.incrementAndGet();
                            most.accumulateAndGet(now, Math::max);
                            Thread.onSpinWait();
                            inside.decrementAndGet();
                            if (fails) {
                                throw new Failure();
                            }
                            return 7;
                        });
                        if (fails || result != 7) {
                            problem = "use() returned " + result + (fails ? " when its work threw" : ", not the work's 7");
                        }
                    } catch (Failure expected) {
                        if (!fails) {
                            problem = "use() threw the work's exception when the work did not throw";
                        }
                    }
                    done.incrementAndGet();
                }
            }

            @Override
            public void check() {
                if (problem != null) {
                    throw new AssertionError(problem);
                }
                if (most.get() > 2) {
                    throw new AssertionError(most.get() + " callers were inside a pool of 2 at once");
                }
                if (done.get() != 100) {
                    throw new AssertionError(done.get() + " of 100 calls finished");
                }
            }
        };
    }

    /** Two callers of a pool of 2 each wait inside for the other: they must be let in together. */
    static Stress.Trial together() {
        return new Stress.Trial() {
            final ConnectionPool pool = new ConnectionPool(2);
            final CyclicBarrier meet = new CyclicBarrier(2);
            volatile boolean apart;

            @Override
            public void thread(int index) throws Exception {
                if (index >= 2) {
                    return;
                }
                pool.use(() -> {
                    try {
                        meet.await(2, TimeUnit.SECONDS);
                    } catch (TimeoutException | BrokenBarrierException e) {
                        apart = true;
                    }
                    return null;
                });
            }

            @Override
            public void check() {
                if (apart) {
                    throw new AssertionError("two callers of a pool of 2 were never inside together: the pool let"
                            + " one in at a time");
                }
            }
        };
    }

    /**
     * Thread 0 holds the only connection of a pool of 1; thread 1 waits for it and is interrupted by thread 2; then
     * thread 2 asks, and must wait until thread 0 has let go, which thread 3 allows once thread 2 waits or got in.
     */
    static Stress.Trial interrupted() {
        return new Stress.Trial() {
            final ConnectionPool pool = new ConnectionPool(1);
            final AtomicInteger inside = new AtomicInteger();
            final CountDownLatch held = new CountDownLatch(1);
            final CountDownLatch letGo = new CountDownLatch(1);
            final CountDownLatch firstWaiterDone = new CountDownLatch(1);
            final CountDownLatch secondEntered = new CountDownLatch(1);
            volatile Thread firstWaiter, secondWaiter;
            volatile String problem;
            volatile boolean interruptThrown;

            @Override
            public void thread(int index) throws Exception {
                switch (index) {
                    case 0 -> pool.use(() -> {
                        inside.incrementAndGet();
                        held.countDown();
                        letGo.await(5, TimeUnit.SECONDS);
                        inside.decrementAndGet();
                        return null;
                    });
                    case 1 -> {
                        held.await();
                        firstWaiter = Thread.currentThread();
                        try {
                            pool.use(() -> {
                                problem = "a caller interrupted while it waited still got in";
                                return null;
                            });
                        } catch (InterruptedException expected) {
                            interruptThrown = true;
                        } finally {
                            firstWaiterDone.countDown();
                        }
                    }
                    case 2 -> {
                        held.await();
                        Thread waiter = waitForWaiter(() -> firstWaiter, null);
                        if (waiter != null) {
                            waiter.interrupt();
                        }
                        firstWaiterDone.await(5, TimeUnit.SECONDS);
                        secondWaiter = Thread.currentThread();
                        pool.use(() -> {
                            secondEntered.countDown();
                            if (inside.incrementAndGet() > 1) {
                                problem = "after a waiting caller was interrupted, 2 callers were inside a pool of 1";
                            }
                            inside.decrementAndGet();
                            return null;
                        });
                    }
                    default -> {
                        // a waiter that ignores its interrupt never comes back: let thread 0 go, and see it get in
                        if (firstWaiterDone.await(1500, TimeUnit.MILLISECONDS)) {
                            waitForWaiter(() -> secondWaiter, secondEntered);
                        }
                        letGo.countDown();
                    }
                }
            }

            /** Waits until the thread given is parked (in the pool, by then) or the latch is open; at most 2 s. */
            Thread waitForWaiter(java.util.function.Supplier<Thread> who, CountDownLatch orThis) throws InterruptedException {
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (System.nanoTime() < deadline) {
                    Thread t = who.get();
                    if (orThis != null && orThis.getCount() == 0) {
                        return t;
                    }
                    if (t != null && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING
                            || t.getState() == Thread.State.BLOCKED)) {
                        return t;
                    }
                    Thread.sleep(1);
                }
                return who.get();
            }

            @Override
            public void check() {
                if (problem != null) {
                    throw new AssertionError(problem);
                }
                if (!interruptThrown) {
                    throw new AssertionError("a caller interrupted while it waited did not get InterruptedException");
                }
            }
        };
    }
}
