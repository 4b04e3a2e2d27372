package concur.game;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
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
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.LevelSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a level file's Java into a {@link Level}: JavaParser reads the class, and each statement of the subset the
 * game knows becomes its atomic steps. Anything outside the subset is a content error naming its file and line.
 */
public final class LevelParser {
    /** What the interpreter can call, by the kind of field it is called on. */
    private static final Map<Level.Kind, Set<String>> CALLS = Map.of(
            Level.Kind.LOCK, Set.of("lock", "unlock", "tryLock", "isLocked"),
            Level.Kind.LATCH, Set.of("countDown", "await", "getCount"),
            Level.Kind.QUEUE, Set.of("put", "take", "offer", "poll", "peek", "isEmpty", "size"),
            Level.Kind.THREAD_LOCAL, Set.of("get", "set", "remove"),
            Level.Kind.VALUE, Set.of("wait", "notify", "notifyAll", "equals"));
    /** Calls that block or must stand alone as a statement, so that each is one step a player can see. */
    private static final Set<String> STATEMENT_ONLY = Set.of("lock", "unlock", "countDown", "await", "put", "take",
            "wait", "notify", "notifyAll");
    static final Set<String> GOAL_CALLS = Set.of("finished", "deadlocked", "inCritical");
    private static final int MAX_THREADS = 4; // A to D: the letters e, h, q, r and u are keys of their own

    private final LevelSpec spec;
    private final List<Level.Field> fields = new ArrayList<>();

    private LevelParser(LevelSpec spec) {
        this.spec = spec;
    }

    /** @throws ContentException with file:line for anything the game cannot play */
    public static Level parse(LevelSpec spec) {
        return new LevelParser(spec).parse(spec.java());
    }

    private Level parse(String java) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        ParseResult<CompilationUnit> result = parser.parse(java);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            List<ContentError> errors = new ArrayList<>();
            for (Problem problem : result.getProblems()) {
                int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
                errors.add(new ContentError(spec.file(), line, "not valid Java: "
                        + problem.getMessage().lines().findFirst().orElse("")));
            }
            throw new ContentException(errors.isEmpty() ? List.of(error(spec.javaLine(), "not valid Java")) : errors);
        }
        CompilationUnit unit = result.getResult().get();
        if (unit.getTypes().size() != 1 || !(unit.getType(0) instanceof ClassOrInterfaceDeclaration type)
                || type.isInterface()) {
            throw new ContentException(error(spec.javaLine(), "the Java part of a level is one class"));
        }
        List<Level.ThreadCode> threads = new ArrayList<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                field(field);
            } else if (member instanceof MethodDeclaration method) {
                if (threads.size() == MAX_THREADS) {
                    throw new ContentException(error(line(method), "a level has at most " + MAX_THREADS + " threads"));
                }
                threads.add(thread(method, (char) ('A' + threads.size())));
            } else {
                throw new ContentException(error(line(member),
                        "a level's class holds fields (the shared state) and methods (the threads), nothing else"));
            }
        }
        if (threads.size() < 2) {
            throw new ContentException(error(line(type), "a level needs at least two threads: one method each"));
        }
        Expression win;
        try {
            win = com.github.javaparser.StaticJavaParser.parseExpression(spec.win());
        } catch (RuntimeException e) {
            throw new ContentException(new ContentError(spec.file(), spec.winLine(),
                    "'win' is not a Java expression: " + spec.win()));
        }
        new Scope(null, spec.winLine()).check(win);
        return new Level(spec, List.copyOf(fields), List.copyOf(threads), win);
    }

    private void field(FieldDeclaration declaration) {
        if (declaration.isStatic()) {
            throw new ContentException(error(line(declaration), "shared fields are instance fields, not static"));
        }
        boolean isVolatile = declaration.hasModifier(Modifier.Keyword.VOLATILE);
        for (VariableDeclarator v : declaration.getVariables()) {
            String type = v.getType().asString();
            String base = type.replaceAll("<.*", "");
            int line = line(v);
            if (fields.stream().anyMatch(f -> f.name().equals(v.getNameAsString()))) {
                throw new ContentException(error(line, "field '" + v.getNameAsString() + "' is declared twice"));
            }
            Level.Field field = switch (base) {
                case "ReentrantLock", "Lock" -> {
                    created(v, "ReentrantLock", 0);
                    yield new Level.Field(v.getNameAsString(), Level.Kind.LOCK, type, isVolatile, null, 0, line);
                }
                case "CountDownLatch" -> {
                    int count = intArgument(created(v, "CountDownLatch", 1), "the latch's count");
                    yield new Level.Field(v.getNameAsString(), Level.Kind.LATCH, type, isVolatile, count, 0, line);
                }
                case "BlockingQueue", "ArrayBlockingQueue", "LinkedBlockingQueue" -> {
                    ObjectCreationExpr made = v.getInitializer().filter(Expression::isObjectCreationExpr)
                            .map(Expression::asObjectCreationExpr)
                            .orElseThrow(() -> new ContentException(error(line,
                                    "a queue starts as new ArrayBlockingQueue<>(capacity) or new LinkedBlockingQueue<>()")));
                    String made0 = made.getType().getNameAsString();
                    int capacity = switch (made0) {
                        case "ArrayBlockingQueue" -> intArgument(created(v, made0, 1), "the queue's capacity");
                        case "LinkedBlockingQueue" -> {
                            created(v, made0, 0);
                            yield Integer.MAX_VALUE;
                        }
                        default -> throw new ContentException(error(line,
                                "a queue is an ArrayBlockingQueue or a LinkedBlockingQueue, not " + made0));
                    };
                    yield new Level.Field(v.getNameAsString(), Level.Kind.QUEUE, type, isVolatile, null, capacity, line);
                }
                case "ThreadLocal" -> {
                    created(v, "ThreadLocal", 0);
                    yield new Level.Field(v.getNameAsString(), Level.Kind.THREAD_LOCAL, type, isVolatile, null, 0, line);
                }
                case "int", "boolean", "String", "Object", "Integer", "Boolean" ->
                    new Level.Field(v.getNameAsString(), Level.Kind.VALUE, type, isVolatile, initial(v), 0, line);
                default -> {
                    if (!Character.isUpperCase(base.charAt(0))) {
                        throw new ContentException(error(line, "a field is an int, a boolean, a String or an object, not "
                                + type));
                    }
                    yield new Level.Field(v.getNameAsString(), Level.Kind.VALUE, type, isVolatile, initial(v), 0, line);
                }
            };
            fields.add(field);
        }
    }

    /** The starting value of a plain field: a literal, {@code new Type()}, or Java's default. */
    private Object initial(VariableDeclarator v) {
        if (v.getInitializer().isEmpty()) {
            return switch (v.getType().asString()) {
                case "int" -> 0;
                case "boolean" -> false;
                default -> null;
            };
        }
        Expression init = v.getInitializer().get();
        if (init instanceof IntegerLiteralExpr i) {
            return i.asNumber().intValue();
        }
        if (init instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
                && u.getExpression() instanceof IntegerLiteralExpr i) {
            return -i.asNumber().intValue();
        }
        if (init instanceof BooleanLiteralExpr b) {
            return b.getValue();
        }
        if (init instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (init instanceof NullLiteralExpr) {
            return null;
        }
        if (init instanceof ObjectCreationExpr made && made.getArguments().isEmpty()) {
            // numbered from 0 so that objects made by the threads count from 1
            return new Obj(made.getType().getNameAsString(), 0);
        }
        throw new ContentException(error(line(init), "a field starts as a literal, null or new Type(), not " + init));
    }

    private ObjectCreationExpr created(VariableDeclarator v, String type, int arguments) {
        ObjectCreationExpr made = v.getInitializer().filter(Expression::isObjectCreationExpr)
                .map(Expression::asObjectCreationExpr)
                .filter(m -> m.getType().getNameAsString().equals(type))
                .orElseThrow(() -> new ContentException(error(line(v), "'" + v.getNameAsString() + "' starts as new "
                        + type + "<>(" + (arguments == 1 ? "n" : "") + ")")));
        if (made.getArguments().size() != arguments) {
            throw new ContentException(error(line(made), "new " + type + " takes " + arguments + " argument"
                    + (arguments == 1 ? "" : "s") + " here"));
        }
        return made;
    }

    private int intArgument(ObjectCreationExpr made, String what) {
        Expression arg = made.getArgument(0);
        if (!(arg instanceof IntegerLiteralExpr i) || i.asNumber().intValue() < 1) {
            throw new ContentException(error(line(arg), what + " is a whole number from 1"));
        }
        return i.asNumber().intValue();
    }

    private Level.ThreadCode thread(MethodDeclaration method, char letter) {
        if (!method.getParameters().isEmpty() || !method.getType().isVoidType() || method.isStatic()) {
            throw new ContentException(error(line(method), "a thread is a method 'void name()' with no parameters"));
        }
        BlockStmt body = method.getBody().orElseThrow(() -> new ContentException(error(line(method), "a thread needs a body")));
        List<Step> steps = new ArrayList<>();
        new Scope(steps, line(method)).block(body);
        int first = body.getBegin().map(p -> p.line + 1).orElse(line(method));
        int last = body.getEnd().map(p -> p.line - 1).orElse(first);
        return new Level.ThreadCode(letter, method.getNameAsString(), List.copyOf(steps), first, Math.max(first, last));
    }

    private int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(spec.javaLine());
    }

    private ContentError error(int line, String message) {
        return new ContentError(spec.file(), line, message);
    }

    Level.Field sharedField(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Compiles one thread's statements (or checks the winning condition, when {@code steps} is null) with the locals
     * declared so far.
     */
    private final class Scope {
        private final List<Step> steps;
        private final Set<String> locals = new HashSet<>();
        private final int line;

        Scope(List<Step> steps, int line) {
            this.steps = steps;
            this.line = line;
        }

        void block(BlockStmt block) {
            block.getStatements().forEach(this::statement);
        }

        private void statement(Statement statement) {
            int at = at(statement);
            if (statement instanceof BlockStmt block) {
                block(block);
            } else if (statement instanceof EmptyStmt) {
                // nothing to do
            } else if (statement instanceof ExpressionStmt e) {
                expressionStatement(e.getExpression(), at);
            } else if (statement instanceof IfStmt s) {
                int[] elseTarget = {0};
                steps.add(new Step.Branch(at, condition(s.getCondition()), elseTarget));
                statement(s.getThenStmt());
                if (s.getElseStmt().isPresent()) {
                    int[] end = {0};
                    steps.add(new Step.Jump(at, end));
                    elseTarget[0] = steps.size();
                    statement(s.getElseStmt().get());
                    end[0] = steps.size();
                } else {
                    elseTarget[0] = steps.size();
                }
            } else if (statement instanceof WhileStmt s) {
                int top = steps.size();
                int[] end = {0};
                steps.add(new Step.Branch(at, condition(s.getCondition()), end));
                statement(s.getBody());
                steps.add(new Step.Jump(at, new int[] {top}));
                end[0] = steps.size();
            } else if (statement instanceof SynchronizedStmt s) {
                String monitor = monitor(s.getExpression());
                steps.add(new Step.Enter(at, monitor));
                block(s.getBody());
                steps.add(new Step.Exit(s.getBody().getEnd().map(p -> p.line).orElse(at), monitor));
            } else if (statement instanceof TryStmt s) {
                if (!s.getCatchClauses().isEmpty() || !s.getResources().isEmpty()) {
                    throw unsupported(s, "a try with catch or resources");
                }
                block(s.getTryBlock());
                s.getFinallyBlock().ifPresent(this::block);
            } else {
                throw unsupported(statement, "a " + statement.getClass().getSimpleName().replace("Stmt", "").toLowerCase()
                        + " statement");
            }
        }

        private void expressionStatement(Expression e, int at) {
            if (e instanceof VariableDeclarationExpr declaration) {
                for (VariableDeclarator v : declaration.getVariables()) {
                    String name = v.getNameAsString();
                    if (locals.contains(name) || sharedField(name) != null) {
                        throw new ContentException(error(at, "'" + name + "' is already declared"));
                    }
                    Expression value = v.getInitializer().orElseGet(() -> switch (v.getType().asString()) {
                        case "int" -> new IntegerLiteralExpr("0");
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
            if (value instanceof MethodCallExpr call && call.getNameAsString().equals("take")) {
                String queue = scopeField(call, Level.Kind.QUEUE);
                steps.add(new Step.Take(at, queue, target, field));
                return;
            }
            if (field && sharedField(target).kind() != Level.Kind.VALUE) {
                throw new ContentException(error(at, "'" + target + "' is a " + sharedField(target).type()
                        + ": it cannot be assigned"));
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

        private void callStatement(MethodCallExpr call, int at) {
            String name = call.getNameAsString();
            if (call.getScope().isEmpty()) {
                if (name.equals("critical") && call.getArguments().isEmpty()) {
                    steps.add(new Step.Critical(at));
                    return;
                }
                throw unsupported(call, "calling " + name + "()");
            }
            Expression scope = call.getScope().get();
            if (name.equals("wait") || name.equals("notify") || name.equals("notifyAll")) {
                String monitor = monitor(scope);
                noArguments(call);
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
            Level.Field field = calledField(call);
            switch (field.kind().name() + "." + name) {
                case "LOCK.lock" -> steps.add(new Step.Lock(at, field.name()));
                case "LOCK.unlock" -> steps.add(new Step.Unlock(at, field.name()));
                case "LATCH.countDown" -> steps.add(new Step.CountDown(at, field.name()));
                case "LATCH.await" -> steps.add(new Step.Await(at, field.name()));
                case "QUEUE.take" -> steps.add(new Step.Take(at, field.name(), null, false));
                case "QUEUE.put" -> {
                    if (call.getArguments().size() != 1) {
                        throw new ContentException(error(at, "put takes one element"));
                    }
                    check(call.getArgument(0));
                    steps.add(new Step.Put(at, field.name(), call.getArgument(0)));
                }
                default -> {
                    check(call);
                    steps.add(new Step.Call(at, call));
                }
            }
            if (!name.equals("put") && STATEMENT_ONLY.contains(name)) {
                noArguments(call);
            }
        }

        private void noArguments(MethodCallExpr call) {
            if (!call.getArguments().isEmpty()) {
                throw new ContentException(error(at(call), call.getNameAsString() + "() takes no arguments here"));
            }
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
            if (name == null || locals.contains(name) || sharedField(name) == null) {
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
            if (!locals.contains(name) && sharedField(name) == null) {
                throw new ContentException(error(at(e), "'" + name + "' is not declared"));
            }
            return name;
        }

        private Level.Field calledField(MethodCallExpr call) {
            Expression scope = call.getScope().orElseThrow();
            Level.Field field = scope instanceof NameExpr n && !locals.contains(n.getNameAsString())
                    ? sharedField(n.getNameAsString()) : null;
            if (field == null) {
                throw new ContentException(error(at(call), "'" + call + "': calls are made on shared fields"));
            }
            if (!CALLS.get(field.kind()).contains(call.getNameAsString())) {
                throw new ContentException(error(at(call), "'" + field.name() + "' is a " + field.type() + ": the levels' "
                        + "Java has no " + call.getNameAsString() + "() on it (it has " + String.join(", ",
                        CALLS.get(field.kind()).stream().sorted().toList()) + ")"));
            }
            return field;
        }

        private String scopeField(MethodCallExpr call, Level.Kind kind) {
            Level.Field field = calledField(call);
            if (field.kind() != kind) {
                throw new ContentException(error(at(call), "'" + field.name() + "' is not a queue"));
            }
            noArguments(call);
            return field.name();
        }

        /** Whether evaluating {@code e} reads or changes anything shared. */
        private boolean readsShared(Expression e) {
            return e.findAll(NameExpr.class).stream().anyMatch(n -> !locals.contains(n.getNameAsString()))
                    || !e.findAll(MethodCallExpr.class).isEmpty() || !e.findAll(ObjectCreationExpr.class).isEmpty()
                    || !e.findAll(FieldAccessExpr.class).isEmpty();
        }

        /** Refuses an expression the evaluator cannot compute, naming its line. */
        void check(Expression e) {
            if (e instanceof IntegerLiteralExpr || e instanceof BooleanLiteralExpr || e instanceof StringLiteralExpr
                    || e instanceof NullLiteralExpr) {
                return;
            }
            if (e instanceof NameExpr n) {
                String name = n.getNameAsString();
                if (locals.contains(name)) {
                    return;
                }
                Level.Field field = sharedField(name);
                if (field == null) {
                    throw new ContentException(error(at(n), "'" + name + "' is not declared"));
                }
                if (field.kind() != Level.Kind.VALUE) {
                    throw new ContentException(error(at(n), "'" + name + "' is a " + field.type()
                            + ": use it through its methods"));
                }
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
                    && steps != null) {
                return;
            }
            if (e instanceof MethodCallExpr call) {
                String name = call.getNameAsString();
                if (call.getScope().isEmpty()) {
                    if (steps == null && GOAL_CALLS.contains(name) && call.getArguments().isEmpty()) {
                        return;
                    }
                    throw unsupported(call, "calling " + name + "()");
                }
                if (name.equals("equals") && call.getArguments().size() == 1) {
                    check(call.getScope().get());
                    check(call.getArgument(0));
                    return;
                }
                Level.Field field = calledField(call);
                if (STATEMENT_ONLY.contains(name)) {
                    throw new ContentException(error(at(call), name + "() stands alone as a statement, as in '"
                            + field.name() + "." + name + "();'" + (name.equals("take") ? " or 'String x = "
                            + field.name() + ".take();'" : "")));
                }
                if (steps == null && (name.equals("tryLock") || name.equals("poll") || name.equals("offer")
                        || field.kind() == Level.Kind.THREAD_LOCAL)) {
                    throw new ContentException(error(at(call), "the winning condition only looks: " + name
                            + "() is not allowed in it"));
                }
                int wanted = name.equals("set") || name.equals("offer") ? 1 : 0;
                if (call.getArguments().size() != wanted) {
                    throw new ContentException(error(at(call), name + "() takes " + wanted + " argument"
                            + (wanted == 1 ? "" : "s")));
                }
                call.getArguments().forEach(this::check);
                return;
            }
            throw unsupported(e, "'" + e + "'");
        }

        /** Lines in the winning condition are the header's: the expression was parsed on its own. */
        private int at(Node n) {
            return steps == null ? line : line(n);
        }

        private ContentException unsupported(Node node, String what) {
            return new ContentException(error(at(node), what + " is not part of the levels' Java (see README, Writing a"
                    + " lesson)"));
        }
    }
}
