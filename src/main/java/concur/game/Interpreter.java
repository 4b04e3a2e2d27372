package concur.game;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a level one atomic step at a time, with no real threads: the player (or the solver) picks which thread
 * moves, so every schedule is exact and can be replayed.
 *
 * <p>Java's memory model is not simulated: every read sees the latest write, as if every field were volatile. The
 * game is about interleavings; what a stale cache does is left to the lessons' real threads. {@code notify()} wakes
 * the thread that has waited longest (Java promises no order; the game picks one so that a schedule is exact).
 */
public final class Interpreter {
    /** How a run stands. */
    public enum Outcome { PLAYING, WON, LOST }

    private final Level level;

    public Interpreter(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    public GameState start() {
        GameState s = new GameState();
        for (Level.Field f : level.fields()) {
            switch (f.kind()) {
                case VALUE -> s.fields.put(f.name(), f.initial());
                case LATCH -> s.latches.put(f.name(), (Integer) f.initial());
                case QUEUE -> s.queues.put(f.name(), new ArrayDeque<>());
                case THREAD_LOCAL -> s.threadLocals.put(f.name(), new TreeMap<>());
                case LOCK -> { }
            }
        }
        for (int t = 0; t < level.threads().size(); t++) {
            s.threads.add(new GameState.ThreadState());
            settle(s, t);
        }
        return s;
    }

    /** The step a thread takes next, or empty when it has ended. */
    public Optional<Step> next(GameState s, int t) {
        GameState.ThreadState th = s.threads.get(t);
        List<Step> steps = level.threads().get(t).steps();
        return th.thrown != null || th.pc >= steps.size() ? Optional.empty() : Optional.of(steps.get(th.pc));
    }

    public boolean ended(GameState s, int t) {
        return next(s, t).isEmpty();
    }

    /** Why a thread cannot take a step now, or empty when it can. */
    public Optional<String> blocked(GameState s, int t) {
        GameState.ThreadState th = s.threads.get(t);
        if (th.thrown != null) {
            return Optional.of("it threw " + th.thrown);
        }
        Optional<Step> next = next(s, t);
        if (next.isEmpty()) {
            return Optional.of("it has finished");
        }
        return switch (next.get()) {
            case Step.Enter e -> heldByOther(s, t, "sync:" + e.monitor())
                    .map(owner -> "waits to enter synchronized (" + e.monitor() + "), held by " + owner);
            case Step.Lock l -> heldByOther(s, t, "lock:" + l.lock())
                    .map(owner -> "waits for lock " + l.lock() + ", held by " + owner);
            case Step.WaitReacquire w -> th.waitingOn != null
                    ? Optional.of("waits in " + w.monitor() + ".wait() until another thread calls notify")
                    : heldByOther(s, t, "sync:" + w.monitor())
                            .map(owner -> "was notified; waits to take " + w.monitor() + " back, held by " + owner);
            case Step.Await a -> s.latches.get(a.latch()) > 0
                    ? Optional.of("waits in " + a.latch() + ".await() until the count is 0 (it is "
                            + s.latches.get(a.latch()) + ")")
                    : Optional.empty();
            case Step.Take k -> s.queues.get(k.queue()).isEmpty()
                    ? Optional.of("waits in " + k.queue() + ".take(): the queue is empty") : Optional.empty();
            case Step.Put p -> s.queues.get(p.queue()).size() >= capacity(p.queue())
                    ? Optional.of("waits in " + p.queue() + ".put(): the queue is full") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Whether a thread has not ended but cannot move: blocked on a lock, a wait, a latch or a queue. */
    public boolean stuck(GameState s, int t) {
        return !ended(s, t) && blocked(s, t).isPresent();
    }

    public boolean canStep(GameState s, int t) {
        return blocked(s, t).isEmpty();
    }

    /**
     * The state after thread {@code t} takes its next step; {@code s} is left as it was.
     *
     * @throws IllegalStateException when the thread cannot step (see {@link #blocked})
     */
    public GameState step(GameState s, int t) {
        Optional<String> why = blocked(s, t);
        if (why.isPresent()) {
            throw new IllegalStateException(why.get());
        }
        GameState n = s.copy();
        GameState.ThreadState th = n.threads.get(t);
        Step step = level.threads().get(t).steps().get(th.pc);
        try {
            if (execute(n, t, th, step)) {
                th.pc++;
            }
        } catch (Thrown e) {
            th.thrown = e.getMessage();
        }
        settle(n, t);
        return n;
    }

    /** Runs one step; false when it moved the program counter itself (a branch). */
    private boolean execute(GameState s, int t, GameState.ThreadState th, Step step) {
        switch (step) {
            case Step.Assign a -> {
                Object value = eval(a.value(), s, t);
                if (a.field()) {
                    s.fields.put(a.name(), value);
                } else {
                    th.locals.put(a.name(), value);
                }
            }
            case Step.Load l -> {
                th.scratch = eval(l.value(), s, t);
                th.scratchSet = true;
            }
            case Step.Add a -> th.scratch = number(th.scratch) + a.delta();
            case Step.Store st -> {
                s.fields.put(st.field(), th.scratch);
                th.scratch = null;
                th.scratchSet = false;
            }
            case Step.Branch b -> {
                if (!truth(eval(b.condition(), s, t))) {
                    th.pc = b.target()[0];
                    return false;
                }
            }
            case Step.Jump j -> {
                th.pc = j.target()[0];
                return false;
            }
            case Step.Call c -> eval(c.call(), s, t);
            case Step.Enter e -> acquire(s, t, "sync:" + e.monitor(), 1);
            case Step.Exit e -> release(s, t, "sync:" + e.monitor(), e.monitor());
            case Step.Lock l -> acquire(s, t, "lock:" + l.lock(), 1);
            case Step.Unlock u -> release(s, t, "lock:" + u.lock(), u.lock());
            case Step.WaitRelease w -> {
                GameState.Hold hold = owned(s, t, w.monitor(), "wait");
                s.holds.remove("sync:" + w.monitor());
                th.savedHolds = hold.count();
                th.waitingOn = w.monitor();
                s.waitSets.computeIfAbsent(w.monitor(), k -> new ArrayList<>()).add(t);
            }
            case Step.WaitReacquire w -> acquire(s, t, "sync:" + w.monitor(), th.savedHolds);
            case Step.Notify n -> {
                owned(s, t, n.monitor(), n.all() ? "notifyAll" : "notify");
                List<Integer> waiting = s.waitSets.getOrDefault(n.monitor(), new ArrayList<>());
                int woken = n.all() ? waiting.size() : Math.min(1, waiting.size());
                for (int i = 0; i < woken; i++) {
                    s.threads.get(waiting.remove(0)).waitingOn = null;
                }
                if (waiting.isEmpty()) {
                    s.waitSets.remove(n.monitor());
                }
            }
            case Step.CountDown c -> s.latches.merge(c.latch(), 0, (count, ignored) -> Math.max(0, count - 1));
            case Step.Await a -> { }
            case Step.Put p -> s.queues.get(p.queue()).addLast(nonNull(eval(p.value(), s, t)));
            case Step.Take k -> {
                Object element = s.queues.get(k.queue()).removeFirst();
                if (k.target() != null) {
                    (k.field() ? s.fields : th.locals).put(k.target(), element);
                }
            }
            case Step.Critical c -> { }
        }
        return true;
    }

    /** Skips jumps, which take no turn, so that a thread's next step is always one a player can take. */
    private void settle(GameState s, int t) {
        GameState.ThreadState th = s.threads.get(t);
        List<Step> steps = level.threads().get(t).steps();
        while (th.thrown == null && th.pc < steps.size() && steps.get(th.pc) instanceof Step.Jump j) {
            th.pc = j.target()[0];
        }
    }

    public Outcome outcome(GameState s) {
        if (wins(s)) {
            return Outcome.WON;
        }
        for (int t = 0; t < s.threads.size(); t++) {
            if (canStep(s, t)) {
                return Outcome.PLAYING;
            }
        }
        return Outcome.LOST;
    }

    private boolean wins(GameState s) {
        try {
            return truth(eval(level.win(), s, -1));
        } catch (Thrown e) {
            return false; // a condition on a null field, say: not a win
        }
    }

    /** Who holds a lock or monitor, or empty when it is free or held by {@code t} itself (locks are reentrant). */
    private Optional<String> heldByOther(GameState s, int t, String key) {
        GameState.Hold hold = s.holds.get(key);
        return hold == null || hold.owner() == t ? Optional.empty() : Optional.of(letter(hold.owner()));
    }

    String letter(int t) {
        return String.valueOf(level.threads().get(t).letter());
    }

    private static void acquire(GameState s, int t, String key, int times) {
        GameState.Hold hold = s.holds.get(key);
        s.holds.put(key, new GameState.Hold(t, (hold == null ? 0 : hold.count()) + times));
    }

    private void release(GameState s, int t, String key, String name) {
        GameState.Hold hold = s.holds.get(key);
        if (hold == null || hold.owner() != t) {
            throw new Thrown("IllegalMonitorStateException: " + letter(t) + " does not hold " + name);
        }
        if (hold.count() == 1) {
            s.holds.remove(key);
        } else {
            s.holds.put(key, new GameState.Hold(t, hold.count() - 1));
        }
    }

    private GameState.Hold owned(GameState s, int t, String monitor, String call) {
        GameState.Hold hold = s.holds.get("sync:" + monitor);
        if (hold == null || hold.owner() != t) {
            throw new Thrown("IllegalMonitorStateException: " + call + "() outside synchronized (" + monitor + ")");
        }
        return hold;
    }

    private int capacity(String queue) {
        return level.field(queue).orElseThrow().capacity();
    }

    /** Evaluates an expression for thread {@code t}, or for the winning condition when {@code t} is -1. */
    Object eval(Expression e, GameState s, int t) {
        return switch (e) {
            case IntegerLiteralExpr i -> i.asNumber().intValue();
            case BooleanLiteralExpr b -> b.getValue();
            case StringLiteralExpr str -> str.asString();
            case NullLiteralExpr ignored -> null;
            case EnclosedExpr en -> eval(en.getInner(), s, t);
            case NameExpr n -> read(s, t, n.getNameAsString());
            case FieldAccessExpr f -> s.fields.get(f.getNameAsString());
            case ConditionalExpr c -> truth(eval(c.getCondition(), s, t)) ? eval(c.getThenExpr(), s, t)
                    : eval(c.getElseExpr(), s, t);
            case ObjectCreationExpr made -> new Obj(made.getType().getNameAsString(), ++s.objects);
            case UnaryExpr u -> switch (u.getOperator()) {
                case LOGICAL_COMPLEMENT -> !truth(eval(u.getExpression(), s, t));
                case MINUS -> -number(eval(u.getExpression(), s, t));
                default -> number(eval(u.getExpression(), s, t));
            };
            case BinaryExpr b -> binary(b, s, t);
            case MethodCallExpr call -> call(call, s, t);
            default -> throw new IllegalStateException("the level parser let through " + e);
        };
    }

    private Object read(GameState s, int t, String name) {
        if (t >= 0 && s.threads.get(t).locals.containsKey(name)) {
            return s.threads.get(t).locals.get(name);
        }
        return s.fields.get(name);
    }

    private Object binary(BinaryExpr b, GameState s, int t) {
        switch (b.getOperator()) {
            case AND:
                return truth(eval(b.getLeft(), s, t)) && truth(eval(b.getRight(), s, t));
            case OR:
                return truth(eval(b.getLeft(), s, t)) || truth(eval(b.getRight(), s, t));
            default:
                break;
        }
        Object left = eval(b.getLeft(), s, t);
        Object right = eval(b.getRight(), s, t);
        return switch (b.getOperator()) {
            case EQUALS -> Objects.equals(left, right);
            case NOT_EQUALS -> !Objects.equals(left, right);
            case PLUS -> left instanceof String || right instanceof String ? String.valueOf(left) + right
                    : number(left) + number(right);
            case MINUS -> number(left) - number(right);
            case MULTIPLY -> number(left) * number(right);
            case DIVIDE, REMAINDER -> {
                if (number(right) == 0) {
                    throw new Thrown("ArithmeticException: / by zero");
                }
                yield b.getOperator() == BinaryExpr.Operator.DIVIDE ? number(left) / number(right)
                        : number(left) % number(right);
            }
            case LESS -> number(left) < number(right);
            case LESS_EQUALS -> number(left) <= number(right);
            case GREATER -> number(left) > number(right);
            case GREATER_EQUALS -> number(left) >= number(right);
            default -> throw new IllegalStateException("the level parser let through " + b.getOperator());
        };
    }

    private Object call(MethodCallExpr call, GameState s, int t) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            return switch (name) {
                case "finished" -> finished(s);
                case "deadlocked" -> deadlocked(s);
                case "inCritical" -> inCritical(s);
                default -> throw new IllegalStateException("the level parser let through " + name + "()");
            };
        }
        Expression scope = call.getScope().get();
        if (name.equals("equals")) {
            Object self = eval(scope, s, t);
            if (self == null) {
                throw new Thrown("NullPointerException: " + scope + " is null");
            }
            return self.equals(eval(call.getArgument(0), s, t));
        }
        String field = scope.asNameExpr().getNameAsString();
        return switch (level.field(field).orElseThrow().kind()) {
            case LOCK -> switch (name) {
                case "tryLock" -> {
                    if (heldByOther(s, t, "lock:" + field).isPresent()) {
                        yield false;
                    }
                    acquire(s, t, "lock:" + field, 1);
                    yield true;
                }
                default -> s.holds.containsKey("lock:" + field); // isLocked
            };
            case LATCH -> s.latches.get(field); // getCount
            case QUEUE -> {
                ArrayDeque<Object> queue = s.queues.get(field);
                yield switch (name) {
                    case "offer" -> queue.size() < capacity(field) && queue.add(nonNull(eval(call.getArgument(0), s, t)));
                    case "poll" -> queue.pollFirst();
                    case "peek" -> queue.peekFirst();
                    case "isEmpty" -> queue.isEmpty();
                    default -> queue.size();
                };
            }
            case THREAD_LOCAL -> {
                Map<Integer, Object> values = s.threadLocals.get(field);
                yield switch (name) {
                    case "set" -> {
                        values.put(t, eval(call.getArgument(0), s, t));
                        yield null;
                    }
                    case "remove" -> values.remove(t);
                    default -> values.get(t);
                };
            }
            case VALUE -> throw new IllegalStateException("the level parser let through " + call);
        };
    }

    /** Every thread has ended. */
    public boolean finished(GameState s) {
        for (int t = 0; t < s.threads.size(); t++) {
            if (!ended(s, t)) {
                return false;
            }
        }
        return true;
    }

    /** No thread can move, and at least one has not ended: it waits forever. */
    public boolean deadlocked(GameState s) {
        boolean anyStuck = false;
        for (int t = 0; t < s.threads.size(); t++) {
            if (canStep(s, t)) {
                return false;
            }
            anyStuck |= !ended(s, t);
        }
        return anyStuck;
    }

    /** How many threads stand at {@code critical()} right now. */
    public int inCritical(GameState s) {
        int n = 0;
        for (int t = 0; t < s.threads.size(); t++) {
            n += next(s, t).filter(Step.Critical.class::isInstance).isPresent() ? 1 : 0;
        }
        return n;
    }

    private static Object nonNull(Object element) {
        if (element == null) {
            throw new Thrown("NullPointerException: a BlockingQueue holds no null");
        }
        return element;
    }

    private static int number(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        throw new Thrown(value == null ? "NullPointerException: a number is null" : "ClassCastException: " + value
                + " is not a number");
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new Thrown(value == null ? "NullPointerException: a condition is null" : "ClassCastException: " + value
                + " is not a boolean");
    }

    /** An exception a level's thread throws: it ends that thread, as it would end a real one. */
    private static final class Thrown extends RuntimeException {
        Thrown(String message) {
            super(message, null, false, false);
        }
    }
}
