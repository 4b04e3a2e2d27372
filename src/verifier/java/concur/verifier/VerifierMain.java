package concur.verifier;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import concur.verifier.race.Session;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;

/**
 * The verifier's child JVM: runs one exercise scenario against the learner's compiled class, by model checking or
 * by stress, and reports to concur.
 *
 * <p>The learner's code runs in this JVM and may print anything, so the report does not trust stdout as such: the
 * first line on stdin is a secret token, read before any learner class loads and kept in a local variable, and only
 * lines starting with it count. The learner's own printing (System.out and System.err) is caught, one trial at a
 * time, and rides in the report as a field (see {@link LearnerOutput}). The JVM halts once the report is out, so
 * threads the learner left running cannot keep it alive.
 */
public final class VerifierMain {
    private VerifierMain() {}

    /** Arguments: {@code model|race|stress <scenario class> <learner's file name>}. */
    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String token = stdin.readLine();
        PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        if (token == null || token.isBlank() || args.length != 3) {
            System.err.println("usage: a token on stdin, then model|race|stress <scenario class> <file name>");
            Runtime.getRuntime().halt(2);
        }
        LearnerOutput output = LearnerOutput.install();
        // Started while concur compiles the learner's file: warm up, then wait for "go" (the classes are there now).
        if (args[0].equals("model")) {
            try {
                Warmup.run();
            } catch (Throwable e) {
                // the real check will meet the same trouble and report it
            }
        }
        if (!"go".equals(stdin.readLine())) {
            Runtime.getRuntime().halt(0);
        }
        Map<String, String> report = new LinkedHashMap<>();
        try {
            Class<?> scenario = args[0].equals("race") ? null : Class.forName(args[1]);
            if (args[0].equals("model")) {
                model(scenario, report, output);
            } else if (args[0].equals("race")) {
                RaceRun.run(args[1], args[2], report, output);
            } else {
                stress(scenario, args[2], report, output);
            }
        } catch (Throwable e) {
            report.put("status", "failed");
            report.put("kind", "error");
            report.put("message", describe(unwrap(e), args[2]));
        }
        output.report(report);
        for (Map.Entry<String, String> entry : report.entrySet()) {
            channel.println(token + " " + entry.getKey() + "=" + escape(entry.getValue()));
        }
        channel.println(token + " end");
        channel.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * A scenario with no modelCheck() may say why in a static noModelCheck(); most leave it out because the learner's
     * code starts its own threads.
     */
    private static String whyNoModelCheck(Class<?> scenarioClass) throws ReflectiveOperationException {
        try {
            Object why = scenarioClass.getMethod("noModelCheck").invoke(null);
            if (why instanceof String text && !text.isBlank()) {
                return text;
            }
        } catch (NoSuchMethodException e) {
            // the usual reason, below
        }
        return "the code starts its own threads, which the model checker cannot explore";
    }

    private static void model(Class<?> scenarioClass, Map<String, String> report, LearnerOutput output) throws Exception {
        Method modelCheck;
        try {
            modelCheck = scenarioClass.getMethod("modelCheck");
        } catch (NoSuchMethodException e) {
            report.put("status", "unavailable");
            report.put("message", whyNoModelCheck(scenarioClass));
            return;
        }
        ModelCheck spec = (ModelCheck) modelCheck.invoke(null);
        long explored = 0;
        boolean complete = true;
        report.put("status", "passed");
        for (ModelCheck.Scenario scenario : spec.scenarios) {
            long before = ExerciseScenario.instances();
            ModelCheckingOptions options = new ModelCheckingOptions().iterations(0)
                    .invocationsPerIteration(spec.invocations).sequentialSpecification(spec.model)
                    .addCustomScenario(lincheckScenario(scenarioClass, scenario));
            try {
                options.check(scenarioClass);
            } catch (AssertionError e) {
                String trace = e.getMessage() == null ? e.toString() : e.getMessage();
                report.put("status", "failed");
                report.put("kind", trace.contains("deadlock") ? "deadlock"
                        : trace.contains("has hung") ? "hang" : trace.contains("exception") ? "exception" : "results");
                report.put("trace", trace);
                report.put("expected", expected(spec.model, scenario));
                // Lincheck ran the failing interleaving once more to trace it: the last output is that interleaving's
                output.ended("the interleaving that failed", true);
                explored += ExerciseScenario.instances() - before;
                break;
            } catch (RuntimeException | LinkageError e) {
                // Lincheck itself failed (the learner's exceptions come back as results, compared with the model):
                // concur says so and relies on the stress run.
                report.put("status", "unavailable");
                report.put("message", "the model checker (Lincheck) cannot run on Java " + Runtime.version().feature()
                        + " here: " + e);
                return;
            }
            long count = ExerciseScenario.instances() - before;
            explored += count;
            complete &= count < spec.invocations;
        }
        report.put("invocations", Long.toString(explored));
        report.put("complete", Boolean.toString(complete && report.get("status").equals("passed")));
    }

    /** What the model gives for the calls made after the threads, running every call one at a time. */
    private static String expected(Class<?> model, ModelCheck.Scenario scenario) {
        try {
            Object state = model.getDeclaredConstructor().newInstance();
            for (ModelCheck.Call call : scenario.before) {
                invoke(state, call);
            }
            for (List<ModelCheck.Call> thread : scenario.threads) {
                for (ModelCheck.Call call : thread) {
                    invoke(state, call);
                }
            }
            List<String> results = new ArrayList<>();
            for (ModelCheck.Call call : scenario.after) {
                Object result = invoke(state, call);
                results.add(call.method() + "(" + String.join(", ", call.args().stream().map(String::valueOf).toList())
                        + ")" + (result == null ? "" : ": " + result));
            }
            return String.join(", ", results);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }

    private static Object invoke(Object target, ModelCheck.Call call) throws ReflectiveOperationException {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(call.method()) && m.getParameterCount() == call.args().size()) {
                return m.invoke(target, call.args().toArray());
            }
        }
        throw new NoSuchMethodException(call.method());
    }

    private static ExecutionScenario lincheckScenario(Class<?> test, ModelCheck.Scenario scenario) {
        List<List<Actor>> threads = new ArrayList<>();
        for (List<ModelCheck.Call> calls : scenario.threads) {
            threads.add(actors(test, calls));
        }
        return new ExecutionScenario(actors(test, scenario.before), threads, actors(test, scenario.after), null);
    }

    private static List<Actor> actors(Class<?> test, List<ModelCheck.Call> calls) {
        List<Actor> actors = new ArrayList<>();
        for (ModelCheck.Call call : calls) {
            Method method = null;
            for (Method m : test.getMethods()) {
                if (m.getName().equals(call.method()) && m.getParameterCount() == call.args().size()) {
                    method = m;
                }
            }
            if (method == null) {
                throw new IllegalArgumentException("the scenario has no operation " + call.method() + " with "
                        + call.args().size() + " arguments");
            }
            actors.add(new Actor(method, call.args(), false, false, false, false, false));
        }
        return actors;
    }

    private static void stress(Class<?> scenarioClass, String file, Map<String, String> report, LearnerOutput output)
            throws Exception {
        Uncaught uncaught = Uncaught.watch(file);
        Stress spec = (Stress) scenarioClass.getMethod("stress").invoke(null);
        int cores = Runtime.getRuntime().availableProcessors();
        long budgetEnd = System.nanoTime() + Long.getLong("concur.stress.millis", 4000) * 1_000_000;
        report.put("threads", Integer.toString(spec.threads()));
        report.put("cores", Integer.toString(cores));
        int trial = 0;
        String failure = null;
        String[] measured = {null};
        for (; trial < spec.trials() && failure == null && System.nanoTime() - budgetEnd < 0; trial++) {
            output.begin();
            failure = trial(spec, trial, file, measured, uncaught, null);
            output.ended("trial " + (trial + 1) + " on real threads", failure != null);
            if (failure != null) {
                failure = "trial " + (trial + 1) + ": " + failure;
            }
        }
        if (failure == null && measured[0] != null) {
            report.put("measured", measured[0]);
        }
        report.put("trials", Integer.toString(trial));
        report.put("failures", failure == null ? "0" : "1");
        report.put("status", failure == null ? "passed" : "failed");
        if (failure != null) {
            report.put("kind", failure.contains("did not finish") ? "hang" : "results");
            report.put("message", failure);
        }
    }

    /**
     * Runs one trial; null when all went well, else what went wrong. Its threads start in {@code uncaught}'s group, so
     * that an exception that kills any of them, or any thread they start, is heard of; {@code session}, when there is
     * one (an instrumented run), is told when they start and end, since the harness's own code is not instrumented.
     */
    static String trial(Stress spec, int number, String file, String[] measured, Uncaught uncaught, Session session)
            throws InterruptedException {
        Stress.Trial trial;
        try {
            trial = spec.trial().apply(number);
        } catch (Throwable e) {
            return "setting up threw " + describe(e, file);
        }
        CountDownLatch ready = new CountDownLatch(spec.threads());
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<String> thrown = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < spec.threads(); i++) {
            int index = i;
            Thread t = new Thread(uncaught.group(), () -> {
                ready.countDown();
                try {
                    go.await();
                    trial.thread(index);
                } catch (Throwable e) {
                    thrown.compareAndSet(null, "thread " + (index + 1) + " threw " + describe(e, file));
                }
            }, "thread " + (i + 1));
            // Not a daemon: threads the learner's code starts inherit it, and whether they are daemons can be the
            // point (the JVM halts once it has reported, so a stuck thread keeps nothing alive).
            t.setDaemon(false);
            threads.add(t);
            if (session != null) {
                session.fork(t);
            }
            t.start();
        }
        ready.await();
        go.countDown();
        long end = System.nanoTime() + spec.trialBudgetMillis() * 1_000_000;
        for (Thread t : threads) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        if (session != null) {
            threads.forEach(session::joined);
        }
        List<Thread> stuck = threads.stream().filter(Thread::isAlive).toList();
        if (!stuck.isEmpty()) {
            return "the threads did not finish within " + spec.trialBudgetMillis() + " ms:\n" + whereStuck(stuck, file);
        }
        if (thrown.get() != null) {
            return thrown.get();
        }
        if (uncaught.first().get() != null) {
            return uncaught.first().get();
        }
        try {
            trial.check();
            measured[0] = trial.measured();
        } catch (Throwable e) {
            return e instanceof AssertionError && e.getMessage() != null ? e.getMessage() : describe(e, file);
        }
        return uncaught.first().get(); // a thread the trial did not wait for may have died meanwhile
    }

    /** Where each stuck thread is: its line in the learner's file, the lock it waits for and who holds it. */
    static String whereStuck(List<Thread> stuck, String file) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder sb = new StringBuilder();
        for (Thread t : stuck) {
            ThreadInfo info = mx.getThreadInfo(new long[] {t.threadId()}, true, true)[0];
            if (info == null) {
                continue;
            }
            sb.append(t.getName()).append(" is ").append(info.getThreadState().toString().toLowerCase().replace('_', ' '));
            StackTraceElement at = firstIn(info.getStackTrace(), file);
            if (at != null) {
                sb.append(" at ").append(at.getFileName()).append(':').append(at.getLineNumber());
            }
            if (info.getThreadState() == Thread.State.RUNNABLE) {
                // on real threads the JIT may read a plain field once and loop on that value forever
                sb.append(" (still running: a loop waiting for a change it never sees? a field read by another"
                        + " thread's loop must be volatile, or read under a lock)");
            }
            for (MonitorInfo held : info.getLockedMonitors()) {
                sb.append(", holds ").append(name(held));
                StackTraceElement where = held.getLockedStackFrame();
                if (where != null && file.equals(where.getFileName())) {
                    sb.append(" (taken at ").append(file).append(':').append(where.getLineNumber()).append(')');
                }
            }
            for (LockInfo held : info.getLockedSynchronizers()) {
                sb.append(", holds ").append(name(held));
            }
            if (info.getLockInfo() != null) {
                sb.append(", waits for ").append(name(info.getLockInfo()));
                if (info.getLockOwnerName() != null) {
                    sb.append(" held by ").append(info.getLockOwnerName());
                }
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static String name(LockInfo lock) {
        String type = lock.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "@" + Integer.toHexString(lock.getIdentityHashCode());
    }

    private static StackTraceElement firstIn(StackTraceElement[] stack, String file) {
        for (StackTraceElement e : stack) {
            if (file.equals(e.getFileName())) {
                return e;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        while (e instanceof InvocationTargetException || e instanceof ExceptionInInitializerError
                || e instanceof ExecutionException || e instanceof CompletionException) {
            Throwable cause = e.getCause();
            if (cause == null) {
                break;
            }
            e = cause;
        }
        return e;
    }

    static String describe(Throwable e, String file) {
        e = unwrap(e);
        StackTraceElement at = firstIn(e.getStackTrace(), file);
        String where = at == null ? "" : " at " + at.getFileName() + ":" + at.getLineNumber();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "");
    }
}
