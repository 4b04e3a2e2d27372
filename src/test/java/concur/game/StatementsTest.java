package concur.game;

import static concur.game.LevelText.game;
import static concur.game.LevelText.play;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** finally on every way out of a try, thrown(), deadlocked(), and the statements that end a thread or the program. */
class StatementsTest {
    private static final String RELEASE = """
            class Account {
                final ReentrantLock lock = new ReentrantLock();
                int balance = 0;

                void a() {
                    lock.lock();
                    %s
                }

                void b() {
                    lock.lock();
                    balance = 1;
                    lock.unlock();
                }
            }
            """;

    @Test
    void aFinallyBlockRunsWhenItsTryThrowsSoTheLockIsLetGo() {
        Interpreter withFinally = game("deadlocked()", RELEASE.formatted("""
                try {
                            assert balance > 0;
                        } finally {
                            lock.unlock();
                        }"""));
        GameState s = play(withFinally, "A A");
        assertThat(s.threads.get(0).pending).isNotNull();
        assertThat(withFinally.next(s, 0).orElseThrow().label()).isEqualTo("lock.unlock()");
        GameState after = play(withFinally, "A A A");
        assertThat(after.threads.get(0).thrown).isEqualTo("AssertionError");
        assertThat(withFinally.canStep(after, 1)).isTrue();
        assertThat(LevelText.solve(withFinally).win()).isEmpty();
        Interpreter without = game("deadlocked()", RELEASE.formatted("""
                assert balance > 0;
                        lock.unlock();"""));
        assertThat(LevelText.solve(without).win()).as("a lock not released in finally stays held").isPresent();
    }

    @Test
    void aCatchTakesTheExceptionAndAReturnRunsTheFinallyOnItsWayOut() {
        Interpreter game = game("finished() && log == \"caught finally after\"", """
                class Flow {
                    String log = "";

                    void a() {
                        try {
                            throw new IllegalStateException("no");
                        } catch (IllegalStateException e) {
                            log = log + "caught";
                        } finally {
                            log = log + " finally";
                        }
                        log = log + " after";
                    }

                    void b() {
                        try {
                            return;
                        } finally {
                            log = log + "";
                        }
                    }
                }
                """);
        GameState s = play(game, "A A A A A A A B B");
        assertThat(s.field("log")).isEqualTo("caught finally after");
        assertThat(s.threads.get(0).thrown).isNull();
        assertThat(game.ended(s, 1)).isTrue();
        assertThat(game.outcome(s)).isEqualTo(Interpreter.Outcome.WON);
    }

    @Test
    void synchronizedLetsGoOfItsMonitorWhenItsBlockThrows() {
        Interpreter game = game("deadlocked()", """
                class Crash {
                    final Object m = new Object();
                    int zero = 0;
                    int r = 0;

                    void a() {
                        synchronized (m) {
                            r = 1 / zero;
                        }
                    }

                    void b() {
                        synchronized (m) {
                            r = 2;
                        }
                    }
                }
                """);
        GameState s = play(game, "A A A");
        assertThat(s.threads.get(0).thrown).isEqualTo("ArithmeticException: / by zero");
        assertThat(s.holds).isEmpty();
        assertThat(LevelText.solve(game).win()).isEmpty();
    }

    @Test
    void thrownIsWonWhenAThreadEndsByAnExceptionAndNamesItsLine() {
        Interpreter game = game("thrown()", """
                class Check {
                    int x = 0;

                    void a() {
                        x = 1;
                        x = 0;
                    }

                    void b() {
                        assert x == 0 : "x moved";
                    }
                }
                """);
        GameState s = play(game, "A B");
        assertThat(game.outcome(s)).isEqualTo(Interpreter.Outcome.WON);
        assertThat(game.thrownText(s)).contains("B threw AssertionError: x moved (line 16)");
        assertThat(game.thrown(play(game, "B"))).isFalse();
    }

    @Test
    void deadlockedCountsOnlyThreadsThatHaveNotEndedAndNeedsOneBlocked() {
        Interpreter game = game("deadlocked()", """
                class Wait {
                    CountDownLatch gate = new CountDownLatch(1);
                    int zero = 0;

                    void a() {
                        int r = 1 / zero;
                        gate.countDown();
                    }

                    void b() {
                        gate.await();
                    }

                    void c() {
                        int done = 1;
                    }
                }
                """);
        GameState s = play(game, "A");
        assertThat(s.threads.get(0).thrown).isNotNull();
        assertThat(game.deadlocked(s)).as("C has not ended yet and can move").isFalse();
        assertThat(game.deadlocked(play(game, "A C"))).as("A crashed, C finished, B waits for ever").isTrue();
        Interpreter none = game("finished()", """
                class Done {
                    void a() {
                    }

                    void b() {
                    }
                }
                """);
        assertThat(none.deadlocked(none.start())).as("nobody is blocked when everybody has finished").isFalse();
    }

    @Test
    void systemExitEndsTheProgramAndTheGoalIsJudgedThere() {
        Interpreter game = game("finished() && count == 0", """
                class Exit {
                    int count = 0;

                    void a() {
                        System.exit(0);
                    }

                    void b() {
                        count++;
                    }
                }
                """);
        GameState s = play(game, "A");
        assertThat(game.outcome(s)).isEqualTo(Interpreter.Outcome.WON);
        assertThat(game.moves(s)).isEmpty();
        assertThat(game.ended(s, 1)).isTrue();
        assertThat(game.outcome(play(game, "B B"))).isEqualTo(Interpreter.Outcome.PLAYING);
    }

    @Test
    void forLoopsAndHelpersCompileIntoTheCallersSteps() {
        Interpreter game = game("finished() && total == 3", """
                class Sum {
                    int total = 0;

                    void add(int n) {
                        if (n == 0) {
                            return;
                        }
                        total += n;
                    }

                    void a() {
                        for (int i = 0; i < 3; i++) {
                            add(i);
                        }
                    }

                    void b() {
                        for (int i = 0; i < 2; i++) {
                            if (i == 1) {
                                break;
                            }
                        }
                    }
                }
                """);
        assertThat(game.level().threads()).extracting(Level.ThreadCode::name).containsExactly("a", "b");
        assertThat(LevelText.solve(game).win()).isPresent();
        assertThat(LevelText.solve(game("finished() && total != 3", game.level().spec().java().lines()
                .skip(game.level().spec().javaLine() - 1).reduce("", (x, y) -> x + y + "\n"))).win()).isEmpty();
    }

    @Test
    void aHelperThatCallsItselfIsRefusedWithItsLine() {
        assertThatThrownBy(() -> game("finished()", """
                class Loop {
                    void again() {
                        again2();
                    }

                    void again2() {
                        again();
                    }

                    void a() {
                        again();
                    }

                    void b() {
                    }
                }
                """)).hasMessageContaining("calls itself");
    }

    @Test
    void aSynchronizedMethodHoldsThisAndAStaticFieldIsShared() {
        Interpreter game = game("inCritical() == 2", """
                class Guarded {
                    static int entered = 0;

                    synchronized void a() {
                        entered++;
                        critical();
                    }

                    synchronized void b() {
                        entered++;
                        critical();
                    }
                }
                """);
        GameState s = play(game, "A");
        assertThat(game.blocked(s, 1)).contains("waits to enter synchronized (this), held by A");
        assertThat(LevelText.solve(game).win()).isEmpty();
    }
}
