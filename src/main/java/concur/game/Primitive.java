package concur.game;

import com.github.javaparser.ast.expr.Expression;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One kind of shared object the levels' Java knows ({@code Semaphore}, {@code ReentrantLock}, {@code ArrayDeque}...):
 * the Java types it answers to, how a field of it starts, and its methods, each as the atomic steps it takes. Adding a
 * primitive is adding one such class to {@link Primitives}; the parser and the interpreter know none by name.
 *
 * <p>A primitive's state lives in {@link GameState#prims} under the field's name and is immutable (a record, a
 * {@code List.copyOf}...): a step replaces it, so copying a game state copies no primitive.
 */
interface Primitive {
    /** The classes {@code new X(...)} may name for a field of this kind, such as ArrayDeque and LinkedList. */
    Set<String> created();

    /** The state of a field that starts as {@code made}; refuses a wrong constructor through {@code init}. */
    Object start(Init init);

    /** Every method, with its arities: the parser looks a call up here. */
    List<Method> methods();

    /** What the board shows of this state, such as "2 permits". */
    String show(Object state, Function<Integer, String> letter);

    /**
     * A field made by calling a method on a field of this kind ({@code lock.newCondition()}), or empty when this kind
     * makes none by that name.
     */
    default Optional<Derived> derive(String method, String owner) {
        return Optional.empty();
    }

    /** A field made from another one: a primitive of its own, or (state null) a view whose calls go to the owner. */
    record Derived(Primitive primitive, Object state, String prefix) {}

    default Optional<Method> method(String name, int arity) {
        return methods().stream().filter(m -> m.name().equals(name) && m.arity() == arity).findFirst();
    }

    /**
     * One method of a primitive, with a given number of arguments.
     *
     * @param looks  true when the call changes nothing, so that a winning condition may use it
     * @param phases the atomic steps of one call; a method with one phase that never waits can be called inside an
     *               expression, any other stands alone as a statement so that each of its steps is a move
     */
    record Method(String name, int arity, boolean looks, List<Phase> phases) {
        static Method looks(String name, int arity, Consumer<Call> run) {
            return new Method(name, arity, true, List.of(Phase.of(name, run)));
        }

        static Method changes(String name, int arity, Consumer<Call> run) {
            return new Method(name, arity, false, List.of(Phase.of(name, run)));
        }

        static Method steps(String name, int arity, Phase... phases) {
            return new Method(name, arity, false, List.of(phases));
        }

        boolean statementOnly() {
            return phases.size() > 1 || phases.get(0).waits() != null;
        }
    }

    /**
     * One atomic step of a call.
     *
     * @param label   what the step does, after the call's text: "" for a one-step call
     * @param waits   why the thread cannot take the step yet (empty when it can), or null when it never waits
     * @param run     the step
     * @param timeout what happens instead when the scheduler lets a timed wait expire, or null when it cannot
     */
    record Phase(String label, Function<Call, Optional<String>> waits, Consumer<Call> run, Consumer<Call> timeout) {
        static Phase of(String label, Consumer<Call> run) {
            return new Phase(label, null, run, null);
        }

        static Phase waiting(String label, Function<Call, Optional<String>> waits, Consumer<Call> run) {
            return new Phase(label, waits, run, null);
        }

        static Phase timed(String label, Function<Call, Optional<String>> waits, Consumer<Call> run,
                Consumer<Call> timeout) {
            return new Phase(label, waits, run, timeout);
        }
    }

    /** What a constructor call gives a primitive to start from, and how it refuses one. */
    interface Init {
        String field();

        /** The class named after {@code new}, such as ArrayDeque. */
        String type();

        List<Expression> arguments();

        /** A whole number argument, at least {@code min}. */
        int intArgument(int index, int min, String what);

        /** A constant argument (literal, {@code new T()}, {@code List.of(...)} of constants), evaluated. */
        Object constant(Expression e);

        RuntimeException error(String message);
    }
}
