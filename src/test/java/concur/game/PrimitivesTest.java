package concur.game;

import static concur.game.LevelText.game;
import static concur.game.LevelText.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concur.catalog.ContentException;
import org.junit.jupiter.api.Test;

/** Each primitive's steps, what it waits for and says while waiting, what it throws, and how its timed waits expire. */
class PrimitivesTest {
    private static final String TWO_PERMITS = """
            class Pool {
                Semaphore permits = new Semaphore(%d);

                void a() {
                    permits.acquire();
                    critical();
                    permits.release();
                }

                void b() {
                    permits.acquire();
                    critical();
                    permits.release();
                }
            }
            """;

    @Test
    void aSemaphoreLetsInAsManyThreadsAsItHasPermitsAndSaysWhatAThreadWaitsFor() {
        Interpreter one = game("inCritical() == 2", TWO_PERMITS.formatted(1));
        GameState s = play(one, "A");
        assertThat(one.blocked(s, 1)).contains("waits for a permit of permits: 0 left");
        assertThat(LevelText.solve(one).win()).isEmpty();
        assertThat(LevelText.solve(one).exhausted()).isTrue();
        assertThat(LevelText.solve(game("inCritical() == 2", TWO_PERMITS.formatted(2))).win()).isPresent();
        GameState released = play(one, "A A A");
        assertThat(one.canStep(released, 1)).isTrue();
    }

    @Test
    void aTimedTryAcquireWaitsAndMayBeLetTimeOutByItsMove() {
        Interpreter game = game("finished() && !got", """
                class Timed {
                    Semaphore s = new Semaphore(0);
                    boolean got = true;

                    void waiter() {
                        got = s.tryAcquire(500, MILLISECONDS);
                    }

                    void giver() {
                        s.release();
                    }
                }
                """);
        GameState start = game.start();
        assertThat(game.waits(start, 0)).contains("waits for a permit of s: 0 left");
        assertThat(game.canStep(start, 0)).isTrue();
        assertThat(game.timesOut(start, 0)).isTrue();
        assertThat(game.outcome(play(game, "A B"))).isEqualTo(Interpreter.Outcome.WON); // it timed out: got is false
        GameState given = play(game, "B A");
        assertThat(given.field("got")).isEqualTo(true);
        assertThat(given.prims.get("s")).isEqualTo(0);
    }

    @Test
    void aBarrierHoldsEveryPartyUntilTheLastArrivesThenOpensANewRound() {
        Interpreter game = game("finished() && (seenByA == 0 || seenByB == 0)", """
                class Phases {
                    CyclicBarrier barrier = new CyclicBarrier(2);
                    int doneA = 0;
                    int doneB = 0;
                    int seenByA = -1;
                    int seenByB = -1;

                    void a() {
                        doneA = 1;
                        barrier.await();
                        seenByA = doneB;
                    }

                    void b() {
                        doneB = 1;
                        barrier.await();
                        seenByB = doneA;
                    }
                }
                """);
        GameState s = play(game, "A A");
        assertThat(game.blocked(s, 0)).contains("waits at barrier.await(): 1 of 2 have arrived");
        assertThat(LevelText.solve(game).win()).as("no thread passes the barrier before the other has written").isEmpty();
        GameState open = play(game, "A A B B");
        assertThat(game.canStep(open, 0)).isTrue();
        assertThat(open.prims.get("barrier").toString()).isEqualTo("[]/2#1");
    }

    @Test
    void atomicsAreOneStepEachSoIncrementsAreNotLostButCheckThenActStillIs() {
        String counter = """
                class Hits {
                    AtomicInteger hits = new AtomicInteger();
                    AtomicBoolean claimed = new AtomicBoolean(false);
                    int winners = 0;

                    void a() {
                        hits.incrementAndGet();
                        if (!claimed.get()) {
                            claimed.set(true);
                            winners++;
                        }
                    }

                    void b() {
                        hits.getAndIncrement();
                        if (!claimed.get()) {
                            claimed.set(true);
                            winners++;
                        }
                    }
                }
                """;
        assertThat(LevelText.solve(game("finished() && hits.get() == 1", counter)).win()).isEmpty();
        assertThat(LevelText.solve(game("finished() && winners == 2", counter)).win()).isPresent();
        String cas = counter.replace("if (!claimed.get()) {\n            claimed.set(true);",
                "if (claimed.compareAndSet(false, true)) {");
        assertThat(LevelText.solve(game("finished() && winners == 2", cas)).win()).isEmpty();
        assertThat(LevelText.solve(game("finished() && winners == 1 && hits.get() == 2", cas)).win()).isPresent();
    }

    @Test
    void aQueueMayStartWithElementsAndRemoveOnAnEmptyOneThrows() {
        Interpreter game = game("thrown()", """
                class Dragons {
                    Queue<Dragon> dragons = new ArrayDeque<>(List.of(new Dragon()));

                    void knight() {
                        if (!dragons.isEmpty()) {
                            Dragon d = dragons.remove();
                        }
                    }

                    void squire() {
                        if (!dragons.isEmpty()) {
                            Dragon d = dragons.remove();
                        }
                    }
                }
                """);
        assertThat(game.start().prims.get("dragons").toString()).isEqualTo("[Dragon#1]");
        GameState s = play(game, "A B A B");
        assertThat(game.thrownText(s)).contains("B threw NoSuchElementException: dragons is empty (line 18)");
        assertThat(game.outcome(s)).isEqualTo(Interpreter.Outcome.WON);
        assertThat(LevelText.solve(game).win().orElseThrow()).hasSize(4);
    }

    @Test
    void aBlockingQueueAlsoAddsAndRemovesWithoutWaitingAndADequeTakesFromBothEnds() {
        Interpreter game = game("finished() && first == 2 && last == 3", """
                class Ends {
                    BlockingQueue<Integer> q = new ArrayBlockingQueue<>(3);
                    Deque<Integer> d = new LinkedList<>(List.of(1));
                    int first = 0;
                    int last = 0;

                    void a() {
                        q.add(1);
                        boolean taken = q.offer(2);
                        int one = q.remove();
                        d.addFirst(2);
                        d.addLast(3);
                    }

                    void b() {
                        int one = q.take();
                        first = d.peekFirst();
                        last = d.pollLast();
                    }
                }
                """);
        GameState s = game.start();
        assertThat(game.blocked(s, 1)).contains("waits in q.take(): the queue is empty");
        assertThat(LevelText.solve(game).win()).isPresent();
        Interpreter full = game("thrown()", """
                class Full {
                    BlockingQueue<String> q = new ArrayBlockingQueue<>(1);

                    void a() {
                        q.add("x");
                    }

                    void b() {
                        q.add("y");
                    }
                }
                """);
        assertThat(full.thrownText(play(full, "A B"))).contains("B threw IllegalStateException: Queue full (line 15)");
    }

    @Test
    void aMapsGetThenPutIsTwoStepsButMergeIsOne() {
        String visits = """
                class Visits {
                    Map<String, Integer> counts = new HashMap<>();

                    void a() {
                        Integer n = counts.get("home");
                        counts.put("home", n == null ? 1 : n + 1);
                    }

                    void b() {
                        Integer n = counts.get("home");
                        counts.put("home", n == null ? 1 : n + 1);
                    }
                }
                """;
        assertThat(LevelText.solve(game("finished() && counts.get(\"home\") == 1", visits)).win().orElseThrow()).hasSize(4);
        String merged = visits.replace("Integer n = counts.get(\"home\");\n        counts.put(\"home\", n == null ? 1 : n + 1);",
                "counts.merge(\"home\", 1, Integer::sum);").replace("HashMap", "ConcurrentHashMap");
        assertThat(merged).doesNotContain("put");
        assertThat(LevelText.solve(game("finished() && counts.get(\"home\") == 1", merged)).win()).isEmpty();
        assertThat(LevelText.solve(game("finished() && counts.get(\"home\") == 2", merged)).win()).isPresent();
        String absent = visits.replace("Integer n = counts.get(\"home\");\n        counts.put(\"home\", n == null ? 1 : n + 1);",
                "counts.computeIfAbsent(\"home\", k -> 7);\n        counts.putIfAbsent(\"away\", 1);");
        GameState s = play(game("finished()", absent), "A A");
        assertThat(s.prims.get("counts").toString()).isEqualTo("{home=7, away=1}");
    }

    @Test
    void aReadLockIsSharedAndCannotBeUpgradedToTheWriteLock() {
        Interpreter game = game("deadlocked()", """
                class Cache {
                    final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
                    final Lock read = rw.readLock();
                    int value = 0;

                    void a() {
                        read.lock();
                        if (value == 0) {
                            rw.writeLock().lock();
                            value = 1;
                            rw.writeLock().unlock();
                        }
                        read.unlock();
                    }

                    void b() {
                        rw.readLock().lock();
                        int seen = value;
                        rw.readLock().unlock();
                    }
                }
                """);
        GameState s = play(game, "A B A");
        assertThat(game.canStep(s, 1)).as("readers share the lock").isTrue();
        assertThat(game.blocked(s, 0)).contains("waits for rw's write lock until no thread reads: read-held by A itself, B"
                + " (a read lock is never upgraded)");
        assertThat(game.outcome(play(game, "A A"))).isEqualTo(Interpreter.Outcome.PLAYING);
        // B reads and finishes; A, holding the read lock, waits for the write lock for ever: A deadlocks itself
        assertThat(GameSession.letters(game, LevelText.solve(game).win().orElseThrow())).isEqualTo("A A B B B");
    }

    @Test
    void aConditionLetsGoOfItsLockWhileItWaitsAndASignalNobodyAwaitsIsLost() {
        Interpreter game = game("deadlocked()", """
                class Mailbox {
                    final ReentrantLock lock = new ReentrantLock();
                    final Condition arrived = lock.newCondition();
                    boolean full = false;

                    void reader() {
                        lock.lock();
                        if (!full) {
                            arrived.await();
                        }
                        lock.unlock();
                    }

                    void writer() {
                        lock.lock();
                        full = true;
                        arrived.signal();
                        lock.unlock();
                    }
                }
                """);
        GameState waiting = play(game, "A A A");
        assertThat(game.canStep(waiting, 1)).as("await let go of the lock").isTrue();
        assertThat(game.blocked(waiting, 0)).contains("waits in arrived.await() until another thread signals arrived");
        GameState signalled = play(game, "A A A B B B");
        assertThat(game.blocked(signalled, 0)).contains("was signalled; waits to take lock back, held by B");
        assertThat(LevelText.solve(game).win()).as("the writer cannot signal between the reader's test and its await")
                .isEmpty();
        Interpreter outside = game("thrown()", """
                class Outside {
                    final ReentrantLock lock = new ReentrantLock();
                    final Condition c = lock.newCondition();

                    void a() {
                        c.signal();
                    }

                    void b() {
                        lock.unlock();
                    }
                }
                """);
        assertThat(play(outside, "A").threads.get(0).thrown)
                .isEqualTo("IllegalMonitorStateException: c.signal() without holding lock");
        assertThat(play(outside, "B").threads.get(1).thrown).isEqualTo("IllegalMonitorStateException: B does not hold lock");
    }

    @Test
    void aTimedAwaitThatExpiresStillTakesTheLockBack() {
        Interpreter game = game("finished() && !signalled", """
                class Timeout {
                    final ReentrantLock lock = new ReentrantLock();
                    final Condition c = lock.newCondition();
                    boolean signalled = true;

                    void a() {
                        lock.lock();
                        signalled = c.await(1, TimeUnit.SECONDS);
                        lock.unlock();
                    }

                    void b() {
                        lock.lock();
                        c.signal();
                        lock.unlock();
                    }
                }
                """);
        GameState waiting = play(game, "A A B");
        assertThat(game.timesOut(waiting, 0)).isTrue();
        GameState expired = play(game, "A A B A");
        assertThat(game.blocked(expired, 0)).contains("waits to take lock back, held by B");
        assertThat(game.outcome(play(game, "A A B A B B A A"))).isEqualTo(Interpreter.Outcome.WON);
        assertThat(play(game, "A A B B B A A A").field("signalled")).isEqualTo(true);
    }

    @Test
    void aLatchOpensAtZeroAndATimedAwaitMayGiveUp() {
        Interpreter game = game("finished() && !opened", """
                class Gate {
                    CountDownLatch ready = new CountDownLatch(1);
                    boolean opened = true;

                    void a() {
                        opened = ready.await(100, MILLISECONDS);
                    }

                    void b() {
                        ready.countDown();
                    }
                }
                """);
        assertThat(game.waits(game.start(), 0)).contains("waits in ready.await() until the count is 0 (it is 1)");
        assertThat(LevelText.solve(game).win().orElseThrow()).hasSize(2);
    }

    @Test
    void aWrongCallOrConstructorIsAContentErrorNamingTheTypeAndWhatItHas() {
        assertThatThrownBy(() -> game("finished()", """
                class Bad {
                    AtomicInteger n = new AtomicInteger();

                    void a() {
                        n.increment();
                    }

                    void b() {
                    }
                }
                """)).isInstanceOf(ContentException.class)
                .hasMessageContaining("inline.level:11: 'n' is an AtomicInteger: the levels' Java has no increment() on it");
        assertThatThrownBy(() -> game("finished()", """
                class Bad {
                    Semaphore s;

                    void a() {
                    }

                    void b() {
                    }
                }
                """)).hasMessageContaining("'s' is a Semaphore: it starts as new Semaphore<>(...)");
        assertThatThrownBy(() -> game("finished()", """
                class Bad {
                    BlockingQueue<Integer> q = new LinkedBlockingQueue<>();

                    void a() {
                        int n = 1 + q.take();
                    }

                    void b() {
                    }
                }
                """)).hasMessageContaining("take() waits or takes more than one step, so it stands alone");
    }
}
