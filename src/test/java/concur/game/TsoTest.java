package concur.game;

import static concur.game.LevelText.game;
import static concur.game.LevelText.play;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** memory: tso: each thread's store buffer, its flush moves, and the fences that drain it (x86-TSO). */
class TsoTest {
    static final String STORE_BUFFERING = """
            class StoreBuffering {
                %1$s x = 0;
                %1$s y = 0;
                int r1 = -1;
                int r2 = -1;

                void first() {
                    x = 1;
                    r1 = y;
                }

                void second() {
                    y = 1;
                    r2 = x;
                }
            }
            """;

    static final String PETERSON = """
            class Peterson {
                %1$s boolean wantsA = false;
                %1$s boolean wantsB = false;
                %1$s int turn = 0;

                void a() {
                    wantsA = true;
                    turn = 1;
                    while (wantsB && turn == 1) {
                    }
                    critical();
                    wantsA = false;
                }

                void b() {
                    wantsB = true;
                    turn = 0;
                    while (wantsA && turn == 0) {
                    }
                    critical();
                    wantsB = false;
                }
            }
            """;

    private static final String BOTH_ZERO = "finished() && r1 == 0 && r2 == 0";
    private static final String TSO = "memory: tso\n";

    @Test
    void storeBufferingIsWonWithPlainFieldsUnderTso() {
        Interpreter game = game(BOTH_ZERO, TSO, STORE_BUFFERING.formatted("int"));
        Solver.Result result = Solver.solve(game);
        assertThat(result.win()).isPresent();
        GameState s = game.start();
        for (int move : result.win().get()) {
            s = game.move(s, move);
        }
        assertThat(s.field("r1")).isEqualTo(0);
        assertThat(s.field("r2")).isEqualTo(0);
        assertThat(GameSession.letters(game, result.win().get())).contains("1").contains("2");
    }

    @Test
    void storeBufferingIsNotWonWithVolatileFieldsNorWithoutTso() {
        Solver.Result withVolatile = Solver.solve(game(BOTH_ZERO, TSO, STORE_BUFFERING.formatted("volatile int")));
        assertThat(withVolatile.win()).isEmpty();
        assertThat(withVolatile.exhausted()).isTrue();
        Solver.Result interleavings = Solver.solve(game(BOTH_ZERO, STORE_BUFFERING.formatted("int")));
        assertThat(interleavings.win()).isEmpty();
        assertThat(interleavings.exhausted()).isTrue();
    }

    @Test
    void petersonHoldsUnderInterleavingsBreaksUnderTsoAndIsFixedByVolatile() {
        Solver.Result interleavings = Solver.solve(game("inCritical() == 2", PETERSON.formatted("")));
        assertThat(interleavings.win()).isEmpty();
        assertThat(interleavings.exhausted()).as("every state was searched").isTrue();
        assertThat(Solver.solve(game("inCritical() == 2", TSO, PETERSON.formatted(""))).win()).isPresent();
        Solver.Result fenced = Solver.solve(game("inCritical() == 2", TSO, PETERSON.formatted("volatile")));
        assertThat(fenced.win()).isEmpty();
        assertThat(fenced.exhausted()).isTrue();
    }

    @Test
    void aThreadReadsItsOwnBufferedWriteWhileOthersSeeMemoryUntilAFlush() {
        Interpreter game = game(BOTH_ZERO, TSO, STORE_BUFFERING.formatted("int"));
        GameState s = play(game, "A");
        assertThat(s.field("x")).isEqualTo(0);
        assertThat(s.threads.get(0).buffer).hasToString("[x=1]");
        assertThat(game.eval(new com.github.javaparser.ast.expr.NameExpr("x"), s, 0)).isEqualTo(1);
        assertThat(game.eval(new com.github.javaparser.ast.expr.NameExpr("x"), s, 1)).isEqualTo(0);
        assertThat(game.canFlush(s, 1)).isFalse();
        GameState flushed = play(game, "A 1");
        assertThat(flushed.field("x")).isEqualTo(1);
        assertThat(flushed.threads.get(0).buffer).isEmpty();
        assertThat(game.finished(play(game, "A A A B B B"))).as("writes still buffered: not finished").isFalse();
    }

    @Test
    void aLockOrAnAtomicDrainsTheBufferFirst() {
        Interpreter game = game("finished()", TSO, """
                class Fence {
                    final ReentrantLock lock = new ReentrantLock();
                    AtomicInteger n = new AtomicInteger();
                    int x = 0;
                    int y = 0;

                    void a() {
                        x = 1;
                        lock.lock();
                        y = 1;
                        n.incrementAndGet();
                        lock.unlock();
                    }

                    void b() {
                    }
                }
                """);
        assertThat(play(game, "A A").field("x")).isEqualTo(1);
        GameState s = play(game, "A A A");
        assertThat(s.field("y")).isEqualTo(0);
        assertThat(play(game, "A A A A").field("y")).isEqualTo(1);
    }

    @Test
    void theBoardShowsEachStoreBufferAndTheFlushKeys() {
        Interpreter game = game(BOTH_ZERO, TSO, STORE_BUFFERING.formatted("int"));
        GameSession session = new GameSession(game);
        session.move('A');
        GameScreen screen = new GameScreen(concur.console.Style.PLAIN, 40);
        String board = String.join("\n", screen.render(session, false, null));
        assertThat(board).contains("Store buffer A: x = 1").contains("Store buffer B: empty");
        assertThat(String.join(" ", screen.keys(game.level(), ""))).contains("1-2 flush a store buffer");
        assertThat(session.move('2')).contains("B's store buffer is empty: nothing to flush");
        assertThat(session.move('1')).isEmpty();
        assertThat(session.movesText()).isEqualTo("A 1");
        screen.render(session, false, null).forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(39));
    }
}
