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
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.LevelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a level file's Java into a {@link Level}: JavaParser reads the class, its fields become the shared state
 * (plain values, or the {@link Primitives}), and each method that no other method calls becomes a thread, compiled
 * by {@link ThreadCompiler} into atomic steps. Anything outside the subset is a content error naming its file and line.
 */
public final class LevelParser {
    static final Set<String> GOAL_CALLS = Set.of("finished", "deadlocked", "inCritical", "thrown");
    private static final int MAX_THREADS = 4; // A to D: the letters e, h, q, r and u are keys of their own
    /** Types a field may be declared as that only a primitive's constructor can fill. */
    private static final Set<String> PRIMITIVE_TYPES = Set.of("Lock", "ReadWriteLock", "Condition", "Queue", "Deque",
            "BlockingQueue", "BlockingDeque", "Map", "ConcurrentMap", "ReentrantLock", "ReentrantReadWriteLock",
            "Semaphore", "CountDownLatch", "CyclicBarrier", "AtomicInteger", "AtomicLong", "AtomicBoolean",
            "AtomicReference", "ThreadLocal", "HashMap", "ConcurrentHashMap", "ArrayDeque", "LinkedList",
            "ArrayBlockingQueue", "LinkedBlockingQueue", "LinkedBlockingDeque", "ConcurrentLinkedQueue");

    private final LevelSpec spec;
    private final List<Level.Field> fields = new ArrayList<>();
    /** Objects made by the fields' initializers, numbered from 1 in the order they appear. */
    private int objects;

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
        Map<String, MethodDeclaration> methods = new LinkedHashMap<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof FieldDeclaration field) {
                field(field);
            } else if (member instanceof MethodDeclaration method) {
                if (methods.containsKey(method.getNameAsString())) {
                    throw new ContentException(error(line(method), "a level's methods have names of their own: '"
                            + method.getNameAsString() + "' is declared twice"));
                }
                methods.put(method.getNameAsString(), method);
            } else {
                throw new ContentException(error(line(member),
                        "a level's class holds fields (the shared state) and methods (the threads and their helpers),"
                                + " nothing else"));
            }
        }
        // a method another method calls is a helper, inlined where it is called; every other method is a thread
        Map<String, MethodDeclaration> helpers = new LinkedHashMap<>();
        for (MethodDeclaration method : methods.values()) {
            for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
                String name = call.getNameAsString();
                if (call.getScope().isEmpty() && methods.containsKey(name) && !name.equals(method.getNameAsString())) {
                    helpers.put(name, methods.get(name));
                }
            }
        }
        List<Level.ThreadCode> threads = new ArrayList<>();
        for (MethodDeclaration method : methods.values()) {
            if (helpers.containsKey(method.getNameAsString())) {
                continue;
            }
            if (threads.size() == MAX_THREADS) {
                throw new ContentException(error(line(method), "a level has at most " + MAX_THREADS + " threads (a"
                        + " method that another method calls is a helper, not a thread)"));
            }
            threads.add(new ThreadCompiler(this, helpers).thread(method, (char) ('A' + threads.size())));
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
        new ThreadCompiler(this, Map.of()).checkWin(win, spec.winLine());
        return new Level(spec, List.copyOf(fields), List.copyOf(threads), win, objects);
    }

    private void field(FieldDeclaration declaration) {
        boolean isVolatile = declaration.hasModifier(Modifier.Keyword.VOLATILE);
        for (VariableDeclarator v : declaration.getVariables()) {
            String type = v.getType().asString();
            String base = type.replaceAll("<.*", "");
            String name = v.getNameAsString();
            int line = line(v);
            if (sharedField(name) != null) {
                throw new ContentException(error(line, "field '" + name + "' is declared twice"));
            }
            Expression init = v.getInitializer().orElse(null);
            Optional<Primitive> made = init instanceof ObjectCreationExpr m
                    ? Primitives.made(m.getType().getNameAsString()) : Optional.empty();
            if (made.isPresent()) {
                ObjectCreationExpr m = (ObjectCreationExpr) init;
                Object state = made.get().start(init(name, m));
                fields.add(new Level.Field(name, made.get(), type, isVolatile, state, line, null, null));
                continue;
            }
            if (init instanceof MethodCallExpr call && call.getScope().orElse(null) instanceof NameExpr owner
                    && sharedField(owner.getNameAsString()) != null && !sharedField(owner.getNameAsString()).isValue()) {
                Level.Field from = sharedField(owner.getNameAsString());
                Primitive.Derived derived = from.primitive().derive(call.getNameAsString(), from.name())
                        .orElseThrow(() -> new ContentException(error(line, "'" + init + "' does not make a field of its"
                                + " own; a field may be made by lock.newCondition(), rw.readLock() or rw.writeLock()")));
                fields.add(derived.state() == null
                        ? new Level.Field(name, derived.primitive(), type, isVolatile, null, line, from.name(), derived.prefix())
                        : new Level.Field(name, derived.primitive(), type, isVolatile, derived.state(), line, null, null));
                continue;
            }
            if (PRIMITIVE_TYPES.contains(base)) {
                throw new ContentException(error(line, "'" + name + "' is " + article(base) + ": it starts as new "
                        + base.replace("Lock", "ReentrantLock").replaceAll("^(Blocking)?Queue$", "LinkedBlockingQueue")
                        + "<>(...)" + (init instanceof ObjectCreationExpr m ? ", not new " + m.getType().getNameAsString()
                        : "")));
            }
            if (!Character.isUpperCase(base.charAt(0)) && !Set.of("int", "long", "boolean", "char").contains(base)) {
                throw new ContentException(error(line, "a field is an int, a boolean, a String or an object, not " + type));
            }
            fields.add(new Level.Field(name, null, type, isVolatile, initial(v), line, null, null));
        }
    }

    /** "a Semaphore", "an AtomicInteger": how messages name a type. */
    static String article(String type) {
        return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** The starting value of a plain field: a constant, or Java's default. */
    private Object initial(VariableDeclarator v) {
        if (v.getInitializer().isEmpty()) {
            return switch (v.getType().asString()) {
                case "int", "long" -> 0;
                case "boolean" -> false;
                default -> null;
            };
        }
        return constant(v.getInitializer().get());
    }

    /** A value known before any thread runs: a literal, {@code new Type()}, or {@code List.of} such values. */
    Object constant(Expression init) {
        if (init instanceof IntegerLiteralExpr i) {
            return i.asNumber().intValue();
        }
        if (init instanceof LongLiteralExpr l) {
            return l.asNumber().intValue();
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
        if (init instanceof ObjectCreationExpr made && made.getArguments().isEmpty() && made.getAnonymousClassBody().isEmpty()) {
            return new Obj(made.getType().getNameAsString(), ++objects);
        }
        if (init instanceof MethodCallExpr call && call.getScope().isPresent()
                && Set.of("List.of", "Arrays.asList", "Set.of").contains(call.getScope().get() + "." + call.getNameAsString())) {
            List<Object> items = new ArrayList<>();
            call.getArguments().forEach(a -> items.add(constant(a)));
            return java.util.Collections.unmodifiableList(items);
        }
        throw new ContentException(error(line(init), "a field starts as a literal, null, new Type() or List.of(...), not "
                + init));
    }

    private Primitive.Init init(String field, ObjectCreationExpr made) {
        return new Primitive.Init() {
            @Override
            public String field() {
                return field;
            }

            @Override
            public String type() {
                return made.getType().getNameAsString();
            }

            @Override
            public List<Expression> arguments() {
                return made.getArguments();
            }

            @Override
            public int intArgument(int index, int min, String what) {
                Object value = constant(made.getArgument(index));
                if (!(value instanceof Integer i) || i < min) {
                    throw new ContentException(LevelParser.this.error(line(made.getArgument(index)), what
                            + " is a whole number from " + min));
                }
                return i;
            }

            @Override
            public Object constant(Expression e) {
                return LevelParser.this.constant(e);
            }

            @Override
            public RuntimeException error(String message) {
                return new ContentException(LevelParser.this.error(line(made), message));
            }
        };
    }

    int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(spec.javaLine());
    }

    ContentError error(int line, String message) {
        return new ContentError(spec.file(), line, message);
    }

    Level.Field sharedField(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
