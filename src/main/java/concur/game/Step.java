package concur.game;

import com.github.javaparser.ast.expr.Expression;
import java.util.List;

/**
 * One atomic action of a thread: what a single key press does. A Java statement compiles to one or more steps
 * ({@code count++} on a shared field is a read, an add and a write), so a player can interleave inside it.
 */
sealed interface Step {
    /** The file line of the statement this step belongs to. */
    int line();

    /** What the step does, in a few words, for the expanded view and traces. */
    String label();

    /** Sets a local variable (or a field, when nothing shared is read on the way) in one step. */
    record Assign(int line, String name, boolean field, Expression value) implements Step {
        public String label() {
            return name + " = " + value;
        }
    }

    /** Reads shared state into the thread's scratch register: the first half of a non-atomic update. */
    record Load(int line, Expression value) implements Step {
        public String label() {
            return value.isNameExpr() ? "read " + value : "evaluate " + value;
        }
    }

    /** Adds to the scratch register: the middle of {@code count++}, touching nothing shared. */
    record Add(int line, int delta) implements Step {
        public String label() {
            return delta >= 0 ? "add " + delta : "subtract " + -delta;
        }
    }

    /** Writes the scratch register to a shared field. */
    record Store(int line, String field) implements Step {
        public String label() {
            return "write " + field;
        }
    }

    /** Tests a condition (of an if or a while) and jumps past the body when it is false. */
    record Branch(int line, Expression condition, int[] target) implements Step {
        public String label() {
            return "test " + condition;
        }
    }

    /** Moves to another step without taking a turn: the end of a loop body or of an if's then-part. */
    record Jump(int line, int[] target) implements Step {
        public String label() {
            return "jump";
        }
    }

    /** Evaluates a call for its effect in one step: {@code lock.tryLock()}, {@code queue.offer(x)}. */
    record Call(int line, Expression call) implements Step {
        public String label() {
            return call.toString();
        }
    }

    /**
     * One step of a call on a primitive that may wait or takes more than one step ({@code lock.lock()},
     * {@code queue.take()}, {@code barrier.await()}); the last step stores the call's value in {@code target}.
     */
    record Invoke(int line, String field, Primitive.Method method, int phase, List<Expression> args, String target,
            boolean targetField, String text) implements Step {
        Primitive.Phase step() {
            return method.phases().get(phase);
        }

        boolean last() {
            return phase == method.phases().size() - 1;
        }

        public String label() {
            String call = (target == null ? "" : target + " = ") + text;
            return step().label().isEmpty() ? call : call + ": " + step().label();
        }
    }

    record Enter(int line, String monitor) implements Step {
        public String label() {
            return "enter synchronized (" + monitor + ")";
        }
    }

    record Exit(int line, String monitor) implements Step {
        public String label() {
            return "leave synchronized (" + monitor + ")";
        }
    }

    /** The first half of {@code wait()}: let go of the monitor and join its wait set. */
    record WaitRelease(int line, String monitor) implements Step {
        public String label() {
            return monitor + ".wait(): let go of " + monitor + " and wait";
        }
    }

    /** The second half of {@code wait()}: once notified, take the monitor back. */
    record WaitReacquire(int line, String monitor) implements Step {
        public String label() {
            return monitor + ".wait(): take " + monitor + " back";
        }
    }

    record Notify(int line, String monitor, boolean all) implements Step {
        public String label() {
            return monitor + (all ? ".notifyAll()" : ".notify()");
        }
    }

    /** {@code assert condition;} (condition set) or {@code throw new E();} (condition null): ends the thread with it. */
    record Fail(int line, Expression condition, String exception) implements Step {
        public String label() {
            return condition == null ? "throw " + exception : "assert " + condition;
        }
    }

    /** {@code return;}: leaves the method (through any finally on the way), taking no turn. */
    record Return(int line, int[] target) implements Step {
        public String label() {
            return "return";
        }
    }

    /** The end of a finally block: goes on with whatever left the try (nothing, an exception, a return). */
    record EndFinally(int line) implements Step {
        public String label() {
            return "end of finally";
        }
    }

    /** {@code System.exit(n)}: ends the program, every thread with it. */
    record Halt(int line) implements Step {
        public String label() {
            return "System.exit()";
        }
    }

    /** A step that changes nothing the game shows: {@code Thread.yield()}, {@code System.out.println(...)}. */
    record Idle(int line, String text) implements Step {
        public String label() {
            return text;
        }
    }

    /** {@code critical();}: marks the critical section a level may ask two threads to reach at once. */
    record Critical(int line) implements Step {
        public String label() {
            return "critical()";
        }
    }
}
