package concur.game;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a level one atomic step at a time, with no real threads: the player (or the solver) picks which thread
 * moves, so every schedule is exact and can be replayed.
 *
 * <p>By default every read sees the latest write, as if every field were volatile: the game is about interleavings.
 * A level whose header says {@code memory: tso} gets x86's memory model instead: each thread's plain writes wait in a
 * store buffer of its own (the thread itself reads its newest buffered write), and a move of its own flushes the
 * oldest one to memory; a volatile write, a monitor, and every call on a primitive (locks, atomics...) drain the
 * thread's buffer first. {@code notify()} wakes the thread that has waited longest (Java promises no order; the game
 * picks one so that a schedule is exact).
 */
public final class Interpreter {
    /** How a run stands. */
    public enum Outcome { PLAYING, WON, LOST }

    static final List<String> TIME_UNITS = List.of("NANOSECONDS", "MICROSECONDS", "MILLISECONDS", "SECONDS", "MINUTES",
            "HOURS", "DAYS");

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
            if (f.isValue()) {
                s.fields.put(f.name(), f.initial());
            } else if (f.owner() == null) {
                s.prims.put(f.name(), f.initial());
            }
        }
        s.objects = level.objects();
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
        return s.exited || th.thrown != null || th.pc >= steps.size() ? Optional.empty() : Optional.of(steps.get(th.pc));
    }

    public boolean ended(GameState s, int t) {
        return next(s, t).isEmpty();
    }

    /** Why a thread cannot take a step now, or empty when it can. */
    public Optional<String> blocked(GameState s, int t) {
        Optional<String> waits = waits(s, t);
        if (waits.isPresent() && next(s, t).orElse(null) instanceof Step.Invoke i && i.step().timeout() != null) {
            return Optional.empty(); // it may time out: that is its move
        }
        return waits;
    }

    /**
     * Why a thread waits, even in a timed wait that its move would end; empty when its next step goes ahead.
     * The screen says both: what it waits for, and that moving it lets the time run out.
     */
    public Optional<String> waits(GameState s, int t) {
        GameState.ThreadState th = s.threads.get(t);
        if (s.exited) {
            return Optional.of("the program has exited");
        }
        if (th.thrown != null) {
            return Optional.of("it threw " + th.thrown);
        }
        Optional<Step> next = next(s, t);
        if (next.isEmpty()) {
            return Optional.of("it has finished");
        }
        return switch (next.get()) {
            case Step.Enter e -> heldByOther(s, t, e.monitor())
                    .map(owner -> "waits to enter synchronized (" + e.monitor() + "), held by " + owner);
            case Step.WaitReacquire w -> th.waitingOn != null
                    ? Optional.of("waits in " + w.monitor() + ".wait() until another thread calls notify")
                    : heldByOther(s, t, w.monitor())
                            .map(owner -> "was notified; waits to take " + w.monitor() + " back, held by " + owner);
            case Step.Invoke i -> i.step().waits() == null ? Optional.empty() : i.step().waits().apply(call(s, t, i));
            default -> Optional.empty();
        };
    }

    /** Whether a thread is in a timed wait that its next move would end. */
    public boolean timesOut(GameState s, int t) {
        return waits(s, t).isPresent() && blocked(s, t).isEmpty();
    }

    /** Whether a thread has not ended but cannot move: blocked on a lock, a wait, a latch or a queue. */
    public boolean stuck(GameState s, int t) {
        return !ended(s, t) && blocked(s, t).isPresent();
    }

    public boolean canStep(GameState s, int t) {
        return blocked(s, t).isEmpty();
    }

    /** Whether thread {@code t} has a buffered write that a flush move could send to memory. */
    public boolean canFlush(GameState s, int t) {
        return level.tso() && !s.exited && !s.threads.get(t).buffer.isEmpty();
    }

    /** Every move open now: a thread's index steps it; its index plus the number of threads flushes its buffer. */
    public List<Integer> moves(GameState s) {
        List<Integer> moves = new ArrayList<>();
        int n = s.threads.size();
        for (int t = 0; t < n; t++) {
            if (canStep(s, t)) {
                moves.add(t);
            }
        }
        for (int t = 0; t < n; t++) {
            if (canFlush(s, t)) {
                moves.add(n + t);
            }
        }
        return moves;
    }

    /** Makes a move as numbered by {@link #moves}. */
    public GameState move(GameState s, int move) {
        int n = s.threads.size();
        return move < n ? step(s, move) : flush(s, move - n);
    }

    /** A move as the player types it: the thread's letter, or the thread's number (1 for A) for a flush. */
    public String moveName(int move) {
        int n = level.threads().size();
        return move < n ? letter(move) : String.valueOf(move - n + 1);
    }

    /** The state after thread {@code t}'s oldest buffered write reaches memory. */
    public GameState flush(GameState s, int t) {
        if (!canFlush(s, t)) {
            throw new IllegalStateException(letter(t) + " has no buffered write");
        }
        GameState n = s.copy();
        GameState.Buffered write = n.threads.get(t).buffer.remove(0);
        n.fields.put(write.field(), write.value());
        return n;
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
            th.memo = null;
            th.callResult = null;
            unwind(n, t, new GameState.Pending(e.getMessage(), step.line(), -1), th.pc);
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
                    write(s, t, a.name(), value);
                } else {
                    th.locals.put(a.name(), value);
                }
            }
            case Step.Load l -> {
                th.scratch = eval(l.value(), s, t);
                th.scratchSet = true;
                th.scratchComputed = false;
            }
            case Step.Add a -> {
                th.scratch = number(th.scratch) + a.delta();
                th.scratchComputed = true;
            }
            case Step.Store st -> {
                Object value = th.scratch;
                th.scratch = null;
                th.scratchSet = false;
                th.scratchComputed = false;
                write(s, t, st.field(), value);
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
            case Step.Invoke i -> {
                drain(s, t);
                Call call = call(s, t, i, s);
                Primitive.Phase phase = i.step();
                if (phase.waits() != null && phase.timeout() != null && phase.waits().apply(call).isPresent()) {
                    phase.timeout().accept(call);
                } else {
                    phase.run().accept(call);
                }
                if (i.last()) {
                    Object result = th.callResult;
                    th.callResult = null;
                    th.memo = null;
                    if (i.target() != null) {
                        if (i.targetField()) {
                            write(s, t, i.target(), result);
                        } else {
                            th.locals.put(i.target(), result);
                        }
                    }
                    th.pc += i.method().phases().size() - i.phase();
                    return false;
                }
            }
            case Step.Enter e -> {
                drain(s, t);
                acquire(s, t, e.monitor(), 1);
            }
            case Step.Exit e -> {
                drain(s, t);
                release(s, t, e.monitor());
            }
            case Step.WaitRelease w -> {
                drain(s, t);
                GameState.Hold hold = owned(s, t, w.monitor(), "wait");
                s.holds.remove(w.monitor());
                th.savedHolds = hold.count();
                th.waitingOn = w.monitor();
                s.waitSets.computeIfAbsent(w.monitor(), k -> new ArrayList<>()).add(t);
            }
            case Step.WaitReacquire w -> acquire(s, t, w.monitor(), th.savedHolds);
            case Step.Notify n -> {
                drain(s, t);
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
            case Step.Fail f -> {
                if (f.condition() == null || !truth(eval(f.condition(), s, t))) {
                    throw new Thrown(f.exception());
                }
            }
            case Step.Halt h -> s.exited = true;
            case Step.Return r -> {
                unwind(s, t, new GameState.Pending(null, r.line(), r.target()[0]), th.pc);
                return false;
            }
            case Step.EndFinally e -> {
                GameState.Pending pending = th.pending;
                th.pending = null;
                if (pending != null) {
                    unwind(s, t, pending, th.pc);
                    return false;
                }
            }
            case Step.Idle i -> { }
            case Step.Critical c -> { }
        }
        return true;
    }

    /**
     * Leaves the try blocks around step {@code at} as an exception or a return does: into the innermost catch that
     * takes the exception, or the innermost finally block on the way out; a return with no finally on its way goes
     * straight to its target, an exception with no catch ends the thread.
     */
    private void unwind(GameState s, int t, GameState.Pending pending, int at) {
        GameState.ThreadState th = s.threads.get(t);
        Level.Region inner = null;
        for (Level.Region r : level.threads().get(t).regions()) {
            boolean inside = at >= r.tryStart() && at < r.finallyStart()
                    && (pending.exception() != null || r.end() < pending.returnTo());
            if (inside && (inner == null || r.tryStart() >= inner.tryStart())) {
                inner = r;
            }
        }
        if (inner == null) {
            if (pending.exception() != null) {
                th.thrown = pending.exception();
                th.thrownLine = pending.line();
            } else {
                th.pc = pending.returnTo();
            }
            return;
        }
        if (pending.exception() != null && at < inner.catchStart()) {
            String type = pending.exception().replaceAll(":.*", "");
            for (Level.Catch c : inner.catches()) {
                if (c.types().stream().anyMatch(caught -> catches(caught, type))) {
                    th.pc = c.start();
                    if (c.variable() != null) {
                        th.locals.put(c.variable(), pending.exception());
                    }
                    return;
                }
            }
        }
        th.pending = pending;
        th.pc = inner.finallyStart();
    }

    /** Whether {@code catch (caught e)} takes an exception of class {@code type}. */
    static boolean catches(String caught, String type) {
        if (caught.equals(type) || caught.equals("Throwable")) {
            return true;
        }
        boolean error = type.endsWith("Error");
        return error ? caught.equals("Error") : caught.equals("Exception") || caught.equals("RuntimeException")
                && !type.equals("InterruptedException") && !type.equals("BrokenBarrierException")
                && !type.equals("TimeoutException");
    }

    /** Skips steps that take no turn (jumps, returns, the ends of finally blocks). */
    private void settle(GameState s, int t) {
        GameState.ThreadState th = s.threads.get(t);
        List<Step> steps = level.threads().get(t).steps();
        while (th.thrown == null && th.pc < steps.size() && (steps.get(th.pc) instanceof Step.Jump
                || steps.get(th.pc) instanceof Step.Return || steps.get(th.pc) instanceof Step.EndFinally)) {
            if (execute(s, t, th, steps.get(th.pc))) {
                th.pc++;
            }
        }
    }

    public Outcome outcome(GameState s) {
        if (wins(s)) {
            return Outcome.WON;
        }
        return moves(s).isEmpty() ? Outcome.LOST : Outcome.PLAYING;
    }

    private boolean wins(GameState s) {
        try {
            return truth(eval(level.win(), s, -1));
        } catch (Thrown e) {
            return false; // a condition on a null field, say: not a win
        }
    }

    /**
     * Whether the winning condition would hold if every thread had finished: the goal is met, and only the
     * threads still running stand between the player and the win.
     */
    public boolean metButForFinishing(GameState s) {
        if (finished(s) || !level.win().toString().contains("finished()")) {
            return false;
        }
        try {
            return truth(eval(level.win(), s, -2));
        } catch (Thrown e) {
            return false;
        }
    }

    /** Who holds a monitor, or empty when it is free or held by {@code t} itself (monitors are reentrant). */
    private Optional<String> heldByOther(GameState s, int t, String monitor) {
        GameState.Hold hold = s.holds.get(monitor);
        return hold == null || hold.owner() == t ? Optional.empty() : Optional.of(letter(hold.owner()));
    }

    String letter(int t) {
        return String.valueOf(level.threads().get(t).letter());
    }

    private static void acquire(GameState s, int t, String monitor, int times) {
        GameState.Hold hold = s.holds.get(monitor);
        s.holds.put(monitor, new GameState.Hold(t, (hold == null ? 0 : hold.count()) + times));
    }

    private void release(GameState s, int t, String monitor) {
        GameState.Hold hold = s.holds.get(monitor);
        if (hold == null || hold.owner() != t) {
            throw new Thrown("IllegalMonitorStateException: " + letter(t) + " does not hold " + monitor);
        }
        if (hold.count() == 1) {
            s.holds.remove(monitor);
        } else {
            s.holds.put(monitor, new GameState.Hold(t, hold.count() - 1));
        }
    }

    private GameState.Hold owned(GameState s, int t, String monitor, String call) {
        GameState.Hold hold = s.holds.get(monitor);
        if (hold == null || hold.owner() != t) {
            throw new Thrown("IllegalMonitorStateException: " + call + "() outside synchronized (" + monitor + ")");
        }
        return hold;
    }

    /** A call as asked whether it waits: evaluating its arguments must not number an object one of them makes. */
    private Call call(GameState s, int t, Step.Invoke i) {
        return call(s, t, i, i.args().stream().anyMatch(a -> !a.findAll(ObjectCreationExpr.class).isEmpty()) ? s.copy() : s);
    }

    private Call call(GameState s, int t, Step.Invoke i, GameState view) {
        List<Object> args = new ArrayList<>();
        i.args().forEach(a -> args.add(eval(a, view, t)));
        return new Call(s, t, i.field(), args, this);
    }

    /** Writes a shared field: into the thread's store buffer under tso (unless volatile), else into memory. */
    private void write(GameState s, int t, String field, Object value) {
        boolean buffered = level.tso() && level.field(field).map(f -> !f.isVolatile()).orElse(false);
        if (buffered) {
            s.threads.get(t).buffer.add(new GameState.Buffered(field, value));
        } else {
            drain(s, t);
            s.fields.put(field, value);
        }
    }

    /** Sends every buffered write of thread {@code t} to memory, oldest first: what a fence does. */
    private static void drain(GameState s, int t) {
        if (t < 0) {
            return;
        }
        GameState.ThreadState th = s.threads.get(t);
        for (GameState.Buffered b : th.buffer) {
            s.fields.put(b.field(), b.value());
        }
        th.buffer.clear();
    }

    /**
     * Evaluates an expression for thread {@code t}, or for the winning condition when {@code t} is negative (-2:
     * as if every thread had finished).
     */
    Object eval(Expression e, GameState s, int t) {
        return switch (e) {
            case IntegerLiteralExpr i -> i.asNumber().intValue();
            case LongLiteralExpr l -> l.asNumber().intValue();
            case BooleanLiteralExpr b -> b.getValue();
            case StringLiteralExpr str -> str.asString();
            case CharLiteralExpr ch -> ch.asChar();
            case NullLiteralExpr ignored -> null;
            case EnclosedExpr en -> eval(en.getInner(), s, t);
            case NameExpr n -> TIME_UNITS.contains(n.getNameAsString()) && level.field(n.getNameAsString()).isEmpty()
                    && (t < 0 || !s.threads.get(t).locals.containsKey(n.getNameAsString()))
                    ? n.getNameAsString() : read(s, t, n.getNameAsString());
            case FieldAccessExpr f -> f.getScope() instanceof NameExpr unit && unit.getNameAsString().equals("TimeUnit")
                    ? f.getNameAsString() : readField(s, t, f.getNameAsString());
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
            case LambdaExpr lambda -> lambda;
            case MethodReferenceExpr ref -> ref;
            default -> throw new IllegalStateException("the level parser let through " + e);
        };
    }

    private Object read(GameState s, int t, String name) {
        if (t >= 0 && s.threads.get(t).locals.containsKey(name)) {
            return s.threads.get(t).locals.get(name);
        }
        return readField(s, t, name);
    }

    /** A thread sees its own newest buffered write of a field before memory (store forwarding). */
    private static Object readField(GameState s, int t, String name) {
        if (t >= 0) {
            List<GameState.Buffered> buffer = s.threads.get(t).buffer;
            for (int i = buffer.size() - 1; i >= 0; i--) {
                if (buffer.get(i).field().equals(name)) {
                    return buffer.get(i).value();
                }
            }
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
                case "finished" -> t == -2 || finished(s);
                case "deadlocked" -> deadlocked(s);
                case "inCritical" -> inCritical(s);
                case "thrown" -> thrown(s);
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
        Target target = target(call).orElseThrow(() -> new IllegalStateException("the level parser let through " + call));
        Primitive.Method method = level.field(target.field()).orElseThrow().primitive()
                .method(target.method(), call.getArguments().size()).orElseThrow();
        drain(s, t);
        List<Object> args = new ArrayList<>();
        call.getArguments().forEach(a -> args.add(eval(a, s, t)));
        Call c = new Call(s, Math.max(t, 0), target.field(), args, this);
        GameState.ThreadState th = t >= 0 ? s.threads.get(t) : null;
        Object saved = th == null ? null : th.callResult;
        if (th == null) {
            // the winning condition only looks; its calls run as thread 0 on a scratch result
            GameState.ThreadState first = s.threads.get(0);
            Object before = first.callResult;
            method.phases().get(0).run().accept(c);
            Object result = first.callResult;
            first.callResult = before;
            return result;
        }
        th.callResult = null;
        method.phases().get(0).run().accept(c);
        Object result = th.callResult;
        th.callResult = saved;
        return result;
    }

    /** A call's primitive field and method name, a view's calls going to its owner: {@code r.lock()} on rw. */
    record Target(String field, String method) {}

    Optional<Target> target(MethodCallExpr call) {
        return target(call, level::field);
    }

    static Optional<Target> target(MethodCallExpr call, java.util.function.Function<String, Optional<Level.Field>> fields) {
        Expression scope = call.getScope().orElse(null);
        String prefix = "";
        if (scope instanceof MethodCallExpr inner && inner.getArguments().isEmpty() && inner.getScope().isPresent()) {
            prefix = inner.getNameAsString() + "().";
            scope = inner.getScope().get();
        }
        if (scope instanceof FieldAccessExpr f && f.getScope().isThisExpr()) {
            scope = new NameExpr(f.getNameAsString());
        }
        if (!(scope instanceof NameExpr n)) {
            return Optional.empty();
        }
        Optional<Level.Field> field = fields.apply(n.getNameAsString()).filter(f -> !f.isValue());
        if (field.isEmpty()) {
            return Optional.empty();
        }
        Level.Field f = field.get();
        return f.owner() != null ? Optional.of(new Target(f.owner(), f.prefix() + prefix + call.getNameAsString()))
                : Optional.of(new Target(f.name(), prefix + call.getNameAsString()));
    }

    /** Calls a function value: a lambda, or a method reference such as {@code Integer::sum}. */
    Object apply(Object function, GameState s, int t, Object... values) {
        if (function instanceof MethodReferenceExpr ref) {
            String name = ref.getScope() + "::" + ref.getIdentifier();
            return switch (name) {
                case "Integer::sum", "Long::sum" -> number(values[0]) + number(values[1]);
                case "Math::max", "Integer::max" -> Math.max(number(values[0]), number(values[1]));
                case "Math::min", "Integer::min" -> Math.min(number(values[0]), number(values[1]));
                default -> throw new IllegalStateException("the level parser let through " + ref);
            };
        }
        LambdaExpr lambda = (LambdaExpr) function;
        GameState.ThreadState th = s.threads.get(t);
        Map<String, Object> saved = new HashMap<>(th.locals);
        for (int i = 0; i < lambda.getParameters().size(); i++) {
            th.locals.put(lambda.getParameter(i).getNameAsString(), values[i]);
        }
        try {
            return eval(lambda.getExpressionBody().orElseThrow(), s, t);
        } finally {
            th.locals.clear();
            th.locals.putAll(saved);
        }
    }

    /** Every thread has ended (or the program exited), and under tso every buffered write has reached memory. */
    public boolean finished(GameState s) {
        if (s.exited) {
            return true;
        }
        for (int t = 0; t < s.threads.size(); t++) {
            if (!ended(s, t) || canFlush(s, t)) {
                return false;
            }
        }
        return true;
    }

    /** Every thread that has not ended is blocked for good (no timed wait), and at least one such thread is. */
    public boolean deadlocked(GameState s) {
        boolean anyStuck = false;
        for (int t = 0; t < s.threads.size(); t++) {
            if (ended(s, t)) {
                continue;
            }
            if (canStep(s, t)) {
                return false;
            }
            anyStuck = true;
        }
        return anyStuck;
    }

    /** Whether some thread has ended by an exception. */
    public boolean thrown(GameState s) {
        return s.threads.stream().anyMatch(th -> th.thrown != null);
    }

    /** The first thread that ended by an exception, as "B threw NoSuchElementException (line 12)"; empty if none. */
    public Optional<String> thrownText(GameState s) {
        for (int t = 0; t < s.threads.size(); t++) {
            GameState.ThreadState th = s.threads.get(t);
            if (th.thrown != null) {
                return Optional.of(letter(t) + " threw " + th.thrown + " (line " + th.thrownLine + ")");
            }
        }
        return Optional.empty();
    }

    /** How many threads stand at {@code critical()} right now. */
    public int inCritical(GameState s) {
        int n = 0;
        for (int t = 0; t < s.threads.size(); t++) {
            n += next(s, t).filter(Step.Critical.class::isInstance).isPresent() ? 1 : 0;
        }
        return n;
    }

    static int number(Object value) {
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
    static final class Thrown extends RuntimeException {
        Thrown(String message) {
            super(message, null, false, false);
        }
    }
}
