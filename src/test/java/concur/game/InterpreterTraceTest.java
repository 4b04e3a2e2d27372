package concur.game;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LevelSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden step traces, construct by construct: for a schedule, each step taken (thread, line, what it did) or why a
 * thread could not move, then the shared state and the outcome.
 */
class InterpreterTraceTest {
    static final Path FIXTURES = Path.of("src/test/fixtures/game/levels");

    static Interpreter game(String id) {
        return new Interpreter(LevelParser.parse(LevelSpec.load(FIXTURES.resolve(id + ".level"), "fixtures",
                "src/test/fixtures/game")));
    }

    /** Plays {@code moves}; a move a blocked thread cannot make is traced with the reason and skipped. */
    static String trace(Interpreter game, String moves) {
        List<String> lines = new ArrayList<>();
        GameState state = game.start();
        for (String move : moves.split(" ")) {
            int t = game.level().letters().indexOf(move);
            Optional<String> blocked = game.blocked(state, t);
            if (blocked.isPresent()) {
                lines.add(move + " blocked: " + blocked.get());
                continue;
            }
            Step step = game.next(state, t).orElseThrow();
            state = game.step(state, t);
            lines.add(move + " " + step.line() + " " + step.label());
        }
        lines.add("fields " + state.fields + " holds " + state.holds + " prims " + state.prims);
        lines.add(game.outcome(state).name());
        return String.join("\n", lines);
    }

    @Test
    void aSharedIncrementIsReadAddWriteAndALocalCopyIsReadThenWrite() {
        assertThat(trace(game("counter"), "A B A A B")).isEqualTo("""
                A 11 read count
                B 15 mine = count
                A 11 add 1
                A 11 write count
                B 16 count = mine + 1
                fields {count=1} holds {} prims {}
                WON""");
    }

    @Test
    void theOtherOrderDoesNotLoseTheUpdateAndEndsInALoss() {
        assertThat(trace(game("counter"), "A A A B B")).endsWith("""
                fields {count=2} holds {} prims {}
                LOST""");
    }

    @Test
    void aMonitorIsReentrantAndBlocksOtherThreadsSayingWhoHoldsIt() {
        assertThat(trace(game("monitors"), "A A B A A A A B A A B B B")).isEqualTo("""
                A 12 enter synchronized (m)
                A 13 enter synchronized (m)
                B blocked: waits to enter synchronized (m), held by A
                A 14 read inside
                A 14 add 1
                A 14 write inside
                A 15 leave synchronized (m)
                B blocked: waits to enter synchronized (m), held by A
                A 16 critical()
                A 17 leave synchronized (m)
                B 21 enter synchronized (m)
                B 22 critical()
                B 23 leave synchronized (m)
                fields {m=Object#1, inside=1} holds {} prims {}
                LOST""");
    }

    @Test
    void aReentrantLockCountsItsHoldsAndTryLockGivesUpWhenItIsHeld() {
        assertThat(trace(game("locks"), "A B A A A B")).isEqualTo("""
                A 12 l.lock()
                B 22 test l.tryLock()
                A 14 l.lock()
                A 15 l.unlock()
                A 17 l.unlock()
                B 25 gaveUp = true
                fields {gaveUp=true} holds {} prims {l=free}
                WON""");
        assertThat(trace(game("locks"), "B B A")).isEqualTo("""
                B 22 test l.tryLock()
                B 23 l.unlock()
                A 12 l.lock()
                fields {gaveUp=false} holds {} prims {l=0x1}
                PLAYING""");
    }

    @Test
    void waitLetsGoOfTheMonitorAndTakesItBackOnlyOnceNotified() {
        assertThat(trace(game("wait-notify"), "A A A B A B B A B A A A A")).isEqualTo("""
                A 13 enter synchronized (m)
                A 14 test !ready
                A 15 m.wait(): let go of m and wait
                B 22 enter synchronized (m)
                A blocked: waits in m.wait() until another thread calls notify
                B 23 ready = true
                B 24 m.notifyAll()
                A blocked: was notified; waits to take m back, held by B
                B 25 leave synchronized (m)
                A 15 m.wait(): take m back
                A 14 test !ready
                A 17 woke = true
                A 18 leave synchronized (m)
                fields {m=Object#1, ready=true, woke=true} holds {} prims {}
                WON""");
    }

    @Test
    void aLatchOpensAtZeroAndABoundedQueueBlocksBothWays() {
        assertThat(trace(game("latch-queue"), "B A A A B B B A B B B B A B")).isEqualTo("""
                B blocked: waits in ready.await() until the count is 0 (it is 1)
                A 14 q.put("x")
                A 15 ready.countDown()
                A blocked: waits in q.put(): the queue is full
                B 21 ready.await()
                B 22 tl.set("seen")
                B 23 got = q.take()
                A 16 q.put("y")
                B 24 test !q.isEmpty()
                B 25 s = q.take()
                B 26 evaluate got + s
                B 26 write got
                A 17 ready.countDown()
                B 24 test !q.isEmpty()
                fields {got=xy} holds {} prims {q=[], ready=0, tl={1=seen}}
                WON""");
    }
}
