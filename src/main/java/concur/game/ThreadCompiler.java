package concur.game;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
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
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.UnionType;
import concur.catalog.ContentException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one thread's method (its helpers inlined) into atomic steps, or checks the winning condition. Locals are
 * scoped by block, as in Java.
 */
final class ThreadCompiler {
    private static final Set<String> MONITOR_CALLS = Set.of("wait", "notify", "notifyAll");
    private static final Set<String> FUNCTIONS = Set.of("Integer::sum", "Long::sum", "Math::max", "Math::min",
            "Integer::max", "Integer::min");
    private static final int MAX_INLINED = 8;

    private final LevelParser parser;
    private final Map<String, MethodDeclaration> helpers;
    private final List<Step> steps = new ArrayList<>();
    private final List<Level.Region> regions = new ArrayList<>();
    private Set<String> locals = new HashSet<>();
    /** The step a {@code return} goes to, innermost method first. */
    private final Deque<int[]> returns = new ArrayDeque<>();
    /** The targets of {@code break} and {@code continue}, innermost loop first. */
    private final Deque<int[][]> loops = new ArrayDeque<>();
    private final Deque<String> inlined = new ArrayDeque<>();
    /** Set while checking the winning condition: its lines are the header's. */
    private int winLine = -1;

    ThreadCompiler(LevelParser parser, Map<String, MethodDeclaration> helpers) {
        this.parser = parser;
        this.helpers = helpers;
    }

    Level.ThreadCode thread(MethodDeclaration method, char letter) {
        if (!method.getParameters().isEmpty() || !method.getType().isVoidType() || method.isStatic()) {
            throw new ContentException(error(line(method), "a thread is a method 'void name()' with no parameters"
                    + " (a method that another method calls is a helper)"));
        }
        BlockStmt body = method.getBody().orElseThrow(() -> new ContentException(error(line(method), "a thread needs a body")));
        int[] end = {0};
        returns.push(end);
        body(method, body);
        returns.pop();
        end[0] = steps.size();
        int first = body.getBegin().map(p -> p.line + 1).orElse(line(method));
        int last = body.getEnd().map(p -> p.line - 1).orElse(first);
        return new Level.ThreadCode(letter, method.getNameAsString(), List.copyOf(steps), List.copyOf(regions), first,
                Math.max(first, last));
    }

    /** A method's body; a {@code synchronized} method's as if in {@code synchronized (this)}. */
    private void body(MethodDeclaration method, BlockStmt body) {
        if (!method.isSynchronized()) {
            block(body);
            return;
        }
        int at = line(method);
        steps.add(new Step.Enter(at, "this"));
        int tryStart = steps.size();
        block(body);
        int finallyStart = steps.size();
        int close = body.getEnd().map(p -> p.line).orElse(at);
        steps.add(new Step.Exit(close, "this"));
        regions.add(new Level.Region(tryStart, finallyStart, finallyStart, steps.size(), List.of()));
        steps.add(new Step.EndFinally(close));
    }

    void checkWin(Expression win, int line) {
        winLine = line;
        check(win);
    }

    private void block(BlockStmt block) {
        Set<String> outer = new HashSet<>(locals);
        block.getStatements().forEach(this::statement);
        locals = outer;
    }

    private void statement(Statement statement) {
        int at = at(statement);
        switch (statement) {
            case BlockStmt block -> block(block);
            case EmptyStmt ignored -> { }
            case ExpressionStmt e -> expressionStatement(e.getExpression(), at);
            case IfStmt s -> {
                int[] elseTarget = {0};
                steps.add(new Step.Branch(at, condition(hoist(s.getCondition(), at)), elseTarget));
                scoped(s.getThenStmt());
                if (s.getElseStmt().isPresent()) {
                    int[] end = {0};
                    steps.add(new Step.Jump(at, end));
                    elseTarget[0] = steps.size();
                    scoped(s.getElseStmt().get());
                    end[0] = steps.size();
                } else {
                    elseTarget[0] = steps.size();
                }
            }
            case WhileStmt s -> {
                int[] top = {steps.size()};
                int[] end = {0};
                steps.add(new Step.Branch(at, condition(hoist(s.getCondition(), at)), end));
                loop(s.getBody(), end, top);
                steps.add(new Step.Jump(at, top));
                end[0] = steps.size();
            }
            case DoStmt s -> {
                int[] top = {steps.size()};
                int[] end = {0};
                int[] test = {0};
                loop(s.getBody(), end, test);
                test[0] = steps.size();
                Expression again = condition(s.getCondition());
                UnaryExpr not = new UnaryExpr(new EnclosedExpr(again.clone()), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
                steps.add(new Step.Branch(at(s.getCondition()), not, top));
                end[0] = steps.size();
            }
            case ForStmt s -> {
                Set<String> outer = new HashSet<>(locals);
                s.getInitialization().forEach(init -> expressionStatement(init, at));
                int[] top = {steps.size()};
                int[] end = {0};
                int[] update = {0};
                if (s.getCompare().isPresent()) {
                    steps.add(new Step.Branch(at, condition(s.getCompare().get()), end));
                }
                loop(s.getBody(), end, update);
                update[0] = steps.size();
                s.getUpdate().forEach(u -> expressionStatement(u, at));
                steps.add(new Step.Jump(at, top));
                end[0] = steps.size();
                locals = outer;
            }
            case BreakStmt s -> {
                if (loops.isEmpty() || s.getLabel().isPresent()) {
                    throw unsupported(s, "a break outside a loop, or with a label,");
                }
                steps.add(new Step.Jump(at, loops.peek()[0]));
            }
            case ContinueStmt s -> {
                if (loops.isEmpty() || s.getLabel().isPresent()) {
                    throw unsupported(s, "a continue outside a loop, or with a label,");
                }
                steps.add(new Step.Jump(at, loops.peek()[1]));
            }
            case SynchronizedStmt s -> {
                String monitor = monitor(s.getExpression());
                steps.add(new Step.Enter(at, monitor));
                // the monitor is let go however the block is left, as if by a finally block
                int tryStart = steps.size();
                block(s.getBody());
                int finallyStart = steps.size();
                int close = s.getBody().getEnd().map(p -> p.line).orElse(at);
                steps.add(new Step.Exit(close, monitor));
                regions.add(new Level.Region(tryStart, finallyStart, finallyStart, steps.size(), List.of()));
                steps.add(new Step.EndFinally(close));
            }
            case TryStmt s -> tryStatement(s, at);
            case AssertStmt s -> {
                check(s.getCheck());
                String message = s.getMessage().filter(Expression::isStringLiteralExpr)
                        .map(m -> ": " + m.asStringLiteralExpr().asString()).orElse("");
                steps.add(new Step.Fail(at, s.getCheck(), "AssertionError" + message));
            }
            case ThrowStmt s -> {
                if (!(s.getExpression() instanceof ObjectCreationExpr made) || made.getArguments().size() > 1
                        || made.getArguments().size() == 1 && !made.getArgument(0).isStringLiteralExpr()) {
                    throw unsupported(s, "throwing anything but new SomeException() or new SomeException(\"text\")");
                }
                String message = made.getArguments().isEmpty() ? "" : ": " + made.getArgument(0).asStringLiteralExpr().asString();
                steps.add(new Step.Fail(at, null, made.getType().getNameAsString() + message));
            }
            case ReturnStmt s -> {
                if (s.getExpression().isPresent()) {
                    throw unsupported(s, "returning a value");
                }
                steps.add(new Step.Return(at, returns.peek()));
            }
            default -> throw unsupported(statement, "a " + statement.getClass().getSimpleName().replace("Stmt", "")
                    .toLowerCase() + " statement");
        }
    }

    /** A statement that is a scope of its own, as the body of an if is. */
    private void scoped(Statement statement) {
        Set<String> outer = new HashSet<>(locals);
        statement(statement);
        locals = outer;
    }

    private void loop(Statement body, int[] breakTarget, int[] continueTarget) {
        loops.push(new int[][] {breakTarget, continueTarget});
        scoped(body);
        loops.pop();
    }

    private void tryStatement(TryStmt s, int at) {
        if (!s.getResources().isEmpty()) {
            throw unsupported(s, "a try with resources");
        }
        int tryStart = steps.size();
        block(s.getTryBlock());
        List<int[]> toFinally = new ArrayList<>();
        if (!s.getCatchClauses().isEmpty()) {
            int[] jump = {0};
            toFinally.add(jump);
            steps.add(new Step.Jump(at, jump));
        }
        int catchStart = steps.size();
        List<Level.Catch> catches = new ArrayList<>();
        for (CatchClause clause : s.getCatchClauses()) {
            Parameter p = clause.getParameter();
            List<String> types = p.getType() instanceof UnionType union
                    ? union.getElements().stream().map(t -> t.asString()).toList() : List.of(p.getType().asString());
            String name = p.getNameAsString();
            Set<String> outer = new HashSet<>(locals);
            if (locals.contains(name) || parser.sharedField(name) != null) {
                throw new ContentException(error(line(p), "'" + name + "' is already declared"));
            }
            locals.add(name);
            catches.add(new Level.Catch(types, steps.size(), name));
            block(clause.getBody());
            locals = outer;
            int[] jump = {0};
            toFinally.add(jump);
            steps.add(new Step.Jump(at(clause), jump));
        }
        int finallyStart = steps.size();
        toFinally.forEach(j -> j[0] = finallyStart);
        s.getFinallyBlock().ifPresent(this::block);
        int end = steps.size();
        regions.add(new Level.Region(tryStart, catchStart, finallyStart, end, List.copyOf(catches)));
        steps.add(new Step.EndFinally(s.getFinallyBlock().flatMap(Node::getEnd).map(p -> p.line).orElse(at)));
    }

    private void expressionStatement(Expression e, int at) {
        if (e instanceof VariableDeclarationExpr declaration) {
            for (VariableDeclarator v : declaration.getVariables()) {
                String name = v.getNameAsString();
                if (locals.contains(name) || parser.sharedField(name) != null) {
                    throw new ContentException(error(at, "'" + name + "' is already declared"));
                }
                Expression value = v.getInitializer().orElseGet(() -> switch (v.getType().asString()) {
                    case "int", "long" -> new IntegerLiteralExpr("0");
                    case "boolean" -> new BooleanLiteralExpr(false);
                    default -> new NullLiteralExpr();
                });
                assign(name, false, value, at);
                locals.add(name);
            }
        } else if (e instanceof AssignExpr a) {
            String target = target(a.getTarget());
            boolean field = !locals.contains(target);
            Expression value = a.getValue();
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                BinaryExpr.Operator op = a.getOperator().toBinaryOperator()
                        .orElseThrow(() -> unsupported(a, "the operator " + a.getOperator().asString()));
                value = new BinaryExpr(new NameExpr(target), value.clone(), op);
                value.setRange(a.getValue().getRange().orElse(null));
            }
            assign(target, field, value, at);
        } else if (e instanceof UnaryExpr u && (u.isPrefix() || u.isPostfix())
                && u.getOperator() != UnaryExpr.Operator.MINUS && u.getOperator() != UnaryExpr.Operator.PLUS
                && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) {
            String target = target(u.getExpression());
            boolean increment = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT;
            if (locals.contains(target)) {
                steps.add(new Step.Assign(at, target, false, new BinaryExpr(new NameExpr(target),
                        new IntegerLiteralExpr("1"), increment ? BinaryExpr.Operator.PLUS : BinaryExpr.Operator.MINUS)));
            } else {
                // count++ on a shared field: read, add, write, three steps another thread can come between
                steps.add(new Step.Load(at, new NameExpr(target)));
                steps.add(new Step.Add(at, increment ? 1 : -1));
                steps.add(new Step.Store(at, target));
            }
        } else if (e instanceof MethodCallExpr call) {
            callStatement(call, at);
        } else {
            throw unsupported(e, "the statement '" + e + "'");
        }
    }

    private void assign(String target, boolean field, Expression value, int at) {
        if (value instanceof MethodCallExpr call && invoke(call, at, target, field)) {
            return;
        }
        if (field && !parser.sharedField(target).isValue()) {
            throw new ContentException(error(at, "'" + target + "' is " + LevelParser.article(parser.sharedField(target)
                    .type().replaceAll("<.*", "")) + ": it cannot be assigned"));
        }
        check(value);
        if (field && readsShared(value)) {
            // a shared read, then a shared write: another thread may run in between
            steps.add(new Step.Load(at, value));
            steps.add(new Step.Store(at, target));
        } else {
            steps.add(new Step.Assign(at, target, field, value));
        }
    }

    /**
     * Compiles a call on a primitive whose method waits or takes more than one step into its steps, the last storing
     * the call's value in {@code target} (when not null); false when the call is not such a one.
     */
    private boolean invoke(MethodCallExpr call, int at, String target, boolean targetField) {
        if (call.getScope().isEmpty() || MONITOR_CALLS.contains(call.getNameAsString())) {
            return false;
        }
        Primitive.Method method = method(call);
        if (method == null || !method.statementOnly()) {
            return false;
        }
        Interpreter.Target t = target(call).orElseThrow();
        call.getArguments().forEach(this::check);
        for (int phase = 0; phase < method.phases().size(); phase++) {
            steps.add(new Step.Invoke(at, t.field(), method, phase, call.getArguments(), target, targetField, call.toString()));
        }
        return true;
    }

    private void callStatement(MethodCallExpr call, int at) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            if (name.equals("critical") && call.getArguments().isEmpty()) {
                steps.add(new Step.Critical(at));
                return;
            }
            if (helpers.containsKey(name)) {
                inline(helpers.get(name), call, at);
                return;
            }
            throw unsupported(call, "calling " + name + "()");
        }
        Expression scope = call.getScope().get();
        String scoped = scope + "." + name;
        if (scoped.equals("System.exit")) {
            steps.add(new Step.Halt(at));
            return;
        }
        if (Set.of("Thread.yield", "Thread.sleep", "Thread.onSpinWait", "System.out.println", "System.out.print")
                .contains(scoped)) {
            if (!scoped.startsWith("System.out")) {
                call.getArguments().forEach(this::check);
            }
            steps.add(new Step.Idle(at, call.toString()));
            return;
        }
        if (MONITOR_CALLS.contains(name)) {
            String monitor = monitor(scope);
            if (!call.getArguments().isEmpty()) {
                throw new ContentException(error(at, name + "() takes no arguments here"));
            }
            switch (name) {
                case "wait" -> {
                    steps.add(new Step.WaitRelease(at, monitor));
                    steps.add(new Step.WaitReacquire(at, monitor));
                }
                case "notify" -> steps.add(new Step.Notify(at, monitor, false));
                default -> steps.add(new Step.Notify(at, monitor, true));
            }
            return;
        }
        if (invoke(call, at, null, false)) {
            return;
        }
        check(call);
        steps.add(new Step.Call(at, call));
    }

    /** A helper's body in place of its call: its parameters become locals set from the arguments. */
    private void inline(MethodDeclaration helper, MethodCallExpr call, int at) {
        String name = helper.getNameAsString();
        if (inlined.contains(name) || inlined.size() == MAX_INLINED) {
            throw new ContentException(error(at, "helper " + name + "() calls itself: a level's helpers do not recurse"));
        }
        if (!helper.getType().isVoidType() || helper.isStatic()) {
            throw new ContentException(error(line(helper), "a helper is a method 'void " + name + "(...)': it returns"
                    + " nothing"));
        }
        if (helper.getParameters().size() != call.getArguments().size()) {
            throw new ContentException(error(at, name + "() takes " + helper.getParameters().size() + " argument(s)"));
        }
        Set<String> outer = new HashSet<>(locals);
        for (int i = 0; i < helper.getParameters().size(); i++) {
            String param = helper.getParameter(i).getNameAsString();
            Expression arg = call.getArgument(i);
            check(arg);
            if (parser.sharedField(param) != null) {
                throw new ContentException(error(line(helper.getParameter(i)), "'" + param + "' is already a field"));
            }
            steps.add(new Step.Assign(at, param, false, arg));
        }
        helper.getParameters().forEach(p -> locals.add(p.getNameAsString()));
        int[] end = {0};
        returns.push(end);
        inlined.push(name);
        Deque<int[][]> outerLoops = new ArrayDeque<>(loops);
        loops.clear();
        body(helper, helper.getBody().orElseThrow(() -> new ContentException(error(line(helper), "a helper needs a body"))));
        loops.addAll(outerLoops);
        inlined.pop();
        returns.pop();
        end[0] = steps.size();
        locals = outer;
    }

    private int hoisted;

    /**
     * A condition with each call in it that waits or takes several steps ({@code if (s.tryAcquire(1, SECONDS))})
     * made first, as steps of its own, into a local the condition then tests: such a call is a move, and a test is
     * another. The calls are made in the order they are written, before the rest of the condition is evaluated.
     */
    private Expression hoist(Expression condition, int at) {
        List<MethodCallExpr> calls = condition.findAll(MethodCallExpr.class).stream()
                .filter(c -> c.getScope().isPresent() && !MONITOR_CALLS.contains(c.getNameAsString()))
                .filter(c -> {
                    Primitive.Method m = method(c);
                    return m != null && m.statementOnly();
                }).toList();
        if (calls.isEmpty()) {
            return condition;
        }
        Expression result = condition.clone();
        List<MethodCallExpr> copies = result.findAll(MethodCallExpr.class);
        List<MethodCallExpr> originals = condition.findAll(MethodCallExpr.class);
        for (MethodCallExpr call : calls) {
            String local = "$" + call.getNameAsString() + (++hoisted);
            invoke(call, at, local, false);
            locals.add(local);
            NameExpr name = new NameExpr(local);
            MethodCallExpr copy = copies.get(originals.indexOf(call));
            if (copy == result) {
                result = name;
            } else {
                copy.replace(name);
            }
        }
        return result;
    }

    private Expression condition(Expression condition) {
        check(condition);
        return condition;
    }

    /** The name a monitor is known by: a shared field's, or "this". */
    private String monitor(Expression e) {
        if (e instanceof ThisExpr) {
            return "this";
        }
        String name = e instanceof NameExpr n ? n.getNameAsString() : null;
        if (name == null || locals.contains(name) || parser.sharedField(name) == null) {
            throw new ContentException(error(at(e), "a monitor is a shared field or 'this', not '" + e + "'"));
        }
        return name;
    }

    private String target(Expression e) {
        String name = e instanceof NameExpr n ? n.getNameAsString()
                : e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
        if (name == null) {
            throw unsupported(e, "assigning to '" + e + "'");
        }
        if (!locals.contains(name) && parser.sharedField(name) == null) {
            throw new ContentException(error(at(e), "'" + name + "' is not declared"));
        }
        return name;
    }

    /** The primitive field and method a call is made on, or empty when its scope is no primitive field. */
    private java.util.Optional<Interpreter.Target> target(MethodCallExpr call) {
        Expression scope = call.getScope().orElse(null);
        Expression base = scope instanceof MethodCallExpr inner ? inner.getScope().orElse(null) : scope;
        if (base instanceof NameExpr n && locals.contains(n.getNameAsString())) {
            return java.util.Optional.empty();
        }
        return Interpreter.target(call, name -> java.util.Optional.ofNullable(parser.sharedField(name)));
    }

    /** The primitive method a call names; null when the call is not on a primitive field; refuses a wrong one. */
    private Primitive.Method method(MethodCallExpr call) {
        java.util.Optional<Interpreter.Target> target = target(call);
        if (target.isEmpty()) {
            return null;
        }
        Level.Field field = parser.sharedField(target.get().field());
        String name = target.get().method();
        return field.primitive().method(name, call.getArguments().size()).orElseThrow(() -> {
            List<String> names = field.primitive().methods().stream().map(m -> m.name() + "(" + (m.arity() == 0 ? ""
                    : m.arity() == 1 ? "x" : m.arity() == 2 ? "x, y" : "x, y, z") + ")").distinct().sorted().toList();
            boolean known = field.primitive().methods().stream().anyMatch(m -> m.name().equals(name));
            String type = field.type().replaceAll("<.*", "");
            return new ContentException(error(at(call), "'" + call.getScope().get() + "' is " + LevelParser.article(type)
                    + ": the levels' Java has no " + name + "() " + (known ? "with " + call.getArguments().size()
                    + " argument(s) " : "") + "on it (it has " + String.join(", ", names) + ")"));
        });
    }

    /** Whether evaluating {@code e} reads or changes anything shared. */
    private boolean readsShared(Expression e) {
        return e.findAll(NameExpr.class).stream().anyMatch(n -> !locals.contains(n.getNameAsString())
                && parser.sharedField(n.getNameAsString()) != null)
                || !e.findAll(MethodCallExpr.class).isEmpty() || !e.findAll(ObjectCreationExpr.class).isEmpty()
                || !e.findAll(FieldAccessExpr.class).isEmpty();
    }

    /** Refuses an expression the evaluator cannot compute, naming its line. */
    private void check(Expression e) {
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof BooleanLiteralExpr
                || e instanceof StringLiteralExpr || e instanceof NullLiteralExpr || e instanceof CharLiteralExpr) {
            return;
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            if (locals.contains(name)) {
                return;
            }
            Level.Field field = parser.sharedField(name);
            if (field == null && Interpreter.TIME_UNITS.contains(name)) {
                return;
            }
            if (field == null) {
                throw new ContentException(error(at(n), "'" + name + "' is not declared"));
            }
            if (!field.isValue()) {
                throw new ContentException(error(at(n), "'" + name + "' is " + LevelParser.article(field.type()
                        .replaceAll("<.*", "")) + ": use it through its methods"));
            }
            return;
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr unit
                && unit.getNameAsString().equals("TimeUnit") && Interpreter.TIME_UNITS.contains(f.getNameAsString())) {
            return;
        }
        if (e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            NameExpr name = new NameExpr(f.getNameAsString());
            f.getRange().ifPresent(name::setRange);
            check(name);
            return;
        }
        if (e instanceof EnclosedExpr enclosed) {
            check(enclosed.getInner());
            return;
        }
        if (e instanceof BinaryExpr b) {
            if (b.getOperator() == BinaryExpr.Operator.BINARY_AND || b.getOperator() == BinaryExpr.Operator.BINARY_OR
                    || b.getOperator() == BinaryExpr.Operator.XOR || b.getOperator().name().contains("SHIFT")) {
                throw unsupported(b, "the operator " + b.getOperator().asString());
            }
            check(b.getLeft());
            check(b.getRight());
            return;
        }
        if (e instanceof UnaryExpr u) {
            if (u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.MINUS
                    && u.getOperator() != UnaryExpr.Operator.PLUS) {
                throw new ContentException(error(at(u), "'" + u + "' inside an expression: write it as a statement"
                        + " of its own"));
            }
            check(u.getExpression());
            return;
        }
        if (e instanceof ConditionalExpr c) {
            check(c.getCondition());
            check(c.getThenExpr());
            check(c.getElseExpr());
            return;
        }
        if (e instanceof ObjectCreationExpr made && made.getArguments().isEmpty() && made.getAnonymousClassBody().isEmpty()
                && winLine < 0) {
            return;
        }
        if (e instanceof LambdaExpr lambda && winLine < 0) {
            if (lambda.getExpressionBody().isEmpty()) {
                throw unsupported(lambda, "a lambda with a block body");
            }
            Set<String> outer = new HashSet<>(locals);
            lambda.getParameters().forEach(p -> locals.add(p.getNameAsString()));
            check(lambda.getExpressionBody().get());
            locals = outer;
            return;
        }
        if (e instanceof MethodReferenceExpr ref && winLine < 0) {
            if (!FUNCTIONS.contains(ref.getScope() + "::" + ref.getIdentifier())) {
                throw unsupported(ref, "the function " + ref + " (the levels' Java knows " + String.join(", ",
                        FUNCTIONS.stream().sorted().toList()) + ")");
            }
            return;
        }
        if (e instanceof MethodCallExpr call) {
            checkCall(call);
            return;
        }
        throw unsupported(e, "'" + e + "'");
    }

    private void checkCall(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty()) {
            if (winLine >= 0 && LevelParser.GOAL_CALLS.contains(name) && call.getArguments().isEmpty()) {
                return;
            }
            if (helpers.containsKey(name)) {
                throw new ContentException(error(at(call), "a helper is called as a statement of its own: '" + name
                        + "(...);'"));
            }
            throw unsupported(call, "calling " + name + "()");
        }
        if (name.equals("equals") && call.getArguments().size() == 1) {
            check(call.getScope().get());
            check(call.getArgument(0));
            return;
        }
        Primitive.Method method = method(call);
        if (method == null) {
            throw new ContentException(error(at(call), "'" + call + "': calls are made on shared fields"));
        }
        if (method.statementOnly()) {
            throw new ContentException(error(at(call), name + "() waits or takes more than one step, so it stands alone"
                    + " as a statement, as in '" + call + ";' or 'var x = " + call + ";'"));
        }
        Level.Field field = parser.sharedField(target(call).orElseThrow().field());
        if (winLine >= 0 && (!method.looks() || field.primitive() instanceof ThreadLocalPrimitive)) {
            throw new ContentException(error(at(call), "the winning condition only looks: " + name
                    + "() is not allowed in it"));
        }
        call.getArguments().forEach(this::check);
    }

    private int at(Node n) {
        return winLine >= 0 ? winLine : line(n);
    }

    private int line(Node n) {
        return parser.line(n);
    }

    private concur.catalog.ContentError error(int line, String message) {
        return parser.error(line, message);
    }

    private ContentException unsupported(Node node, String what) {
        return new ContentException(error(at(node), what + " is not part of the levels' Java (see README, The level"
                + " language)"));
    }
}
