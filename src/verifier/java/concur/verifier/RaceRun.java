package concur.verifier;

import concur.verifier.race.Session;
import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The instrumented run: the scenario's trials on real threads, with the learner's classes instrumented so that a
 * happens-before race detector sees every access and synchronization, the schedule shaken, and waits woken up
 * spuriously. A data race fails the run whatever the values were: under the Java memory model a racy program may
 * behave in ways no interleaving explains, and only a program with no race is promised that it will not.
 */
final class RaceRun {
    private RaceRun() {}

    static void run(String scenarioName, String file, Map<String, String> report, LearnerOutput output) throws Exception {
        Path folder = folderOf(scenarioName);
        ClassLoader loader = Session.loader(folder, file, RaceRun.class.getClassLoader());
        Class<?> scenario = Class.forName(scenarioName, true, loader);
        Method spec;
        try {
            spec = scenario.getMethod("race"); // smaller trials, where the stress run's are too big to instrument
        } catch (NoSuchMethodException e) {
            spec = scenario.getMethod("stress");
        }
        Stress stress = (Stress) spec.invoke(null);
        long budgetEnd = System.nanoTime() + Long.getLong("concur.race.millis", 1500) * 1_000_000;
        Uncaught uncaught = Uncaught.watch(file);
        String failure = null;
        Optional<Session.DataRace> race = Optional.empty();
        long wakeups = 0;
        java.util.Set<String> edges = new java.util.LinkedHashSet<>();
        int trial = 0;
        for (; trial < stress.trials() && failure == null && race.isEmpty() && (trial < 2 || System.nanoTime() - budgetEnd < 0);
                trial++) {
            Session session = new Session(0x5EEDL * (trial + 1));
            output.begin();
            session.begin();
            try {
                failure = VerifierMain.trial(stress, trial, file, new String[1], uncaught, session);
                if (failure != null && !failure.contains("did not finish") && session.race().isEmpty()) {
                    settle(uncaught.group());
                }
            } finally {
                session.end();
            }
            race = session.race();
            output.ended("instrumented trial " + (trial + 1), failure != null || race.isPresent());
            wakeups += session.spuriousWakeups();
            edges.addAll(session.edges());
            if (failure != null) {
                failure = "trial " + (trial + 1) + " (instrumented: waits woken early, timed joins cut short): " + failure;
            }
        }
        report.put("trials", Integer.toString(trial));
        report.put("threads", Integer.toString(stress.threads()));
        report.put("wakeups", Long.toString(wakeups));
        if (race.isPresent()) {
            Session.DataRace r = race.get();
            report.put("status", "failed");
            report.put("kind", "race");
            report.put("message", "data race on " + r.variable() + ": " + r.earlier().thread() + " " + verb(r.earlier(), r.onCollection())
                    + " at " + r.earlier().where() + " and " + r.later().thread() + " " + verb(r.later(), r.onCollection()) + " at "
                    + r.later().where() + ", and nothing orders the two");
            report.put("race_variable", r.variable());
            put(report, "race_first_", r.earlier());
            put(report, "race_second_", r.later());
            report.put("race_collection", Boolean.toString(r.onCollection()));
        } else if (failure != null) {
            report.put("status", "failed");
            report.put("kind", failure.contains("did not finish") ? "hang" : "results");
            report.put("message", failure);
        } else {
            report.put("status", "passed");
            report.put("edges", String.join("\n", edges));
        }
    }

    /**
     * Lets the learner's threads that still compute finish before the detector stops watching. A caller that read
     * the results too early read before a worker wrote; the race shows only once that worker writes, and the race is
     * the cause a learner needs to see, not the wrong sum it led to. Threads parked (an idle pool) are not waited for.
     */
    private static void settle(ThreadGroup group) throws InterruptedException {
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() - end < 0 && computing(group)) {
            Thread.sleep(5);
        }
    }

    private static boolean computing(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && threads[i].getState() == Thread.State.RUNNABLE) {
                return true;
            }
        }
        return false;
    }

    private static String verb(Session.Access a, boolean collection) {
        if (collection) {
            return (a.write() ? "changes it with " : "reads it with ") + a.what();
        }
        return a.write() ? "writes it" : "reads it";
    }

    private static void put(Map<String, String> report, String prefix, Session.Access a) {
        report.put(prefix + "thread", a.thread());
        report.put(prefix + "file", a.file());
        report.put(prefix + "line", Integer.toString(a.line()));
        report.put(prefix + "write", Boolean.toString(a.write()));
        report.put(prefix + "what", a.what());
    }

    /** The class-path folder the scenario (and so the learner's classes) was compiled into. */
    private static Path folderOf(String scenarioName) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path folder = Path.of(entry);
            if (Files.isRegularFile(folder.resolve(scenarioName.replace('.', '/') + ".class"))) {
                return folder;
            }
        }
        throw new IllegalStateException("the scenario " + scenarioName + " is not on the class path");
    }
}
