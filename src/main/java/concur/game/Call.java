package concur.game;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a call on a primitive as it runs: the state it may change, the thread making it, the arguments'
 * values. A primitive reads and replaces its own state here, and ends a thread through {@link #fail}.
 */
final class Call {
    final GameState s;
    final int t;
    final String field;
    final List<Object> args;
    private final Interpreter game;

    Call(GameState s, int t, String field, List<Object> args, Interpreter game) {
        this.s = s;
        this.t = t;
        this.field = field;
        this.args = args;
        this.game = game;
    }

    @SuppressWarnings("unchecked")
    <T> T state() {
        return (T) s.prims.get(field);
    }

    void set(Object state) {
        s.prims.put(field, Objects.requireNonNull(state));
    }

    Object other(String name) {
        return s.prims.get(name);
    }

    void setOther(String name, Object state) {
        s.prims.put(name, state);
    }

    GameState.ThreadState thread() {
        return s.threads.get(t);
    }

    /** The value the call gives back once its last step has run. */
    void result(Object value) {
        thread().callResult = value;
    }

    /** Keeps something between the steps of one call, such as the barrier generation a thread arrived in. */
    void memo(Object value) {
        thread().memo = value;
    }

    Object memo() {
        return thread().memo;
    }

    Object arg(int i) {
        return args.get(i);
    }

    int intArg(int i) {
        return Interpreter.number(args.get(i));
    }

    String letter(int thread) {
        return game.letter(thread);
    }

    /** Evaluates a function argument: a lambda or a method reference such as {@code Integer::sum}. */
    Object apply(Object function, Object... values) {
        return game.apply(function, s, t, values);
    }

    Map<String, GameState.Hold> holds() {
        return s.holds;
    }

    /** Ends the thread with this exception, as Java would: "NoSuchElementException", "IllegalMonitorStateException: ...". */
    RuntimeException fail(String exception) {
        return new Interpreter.Thrown(exception);
    }
}
