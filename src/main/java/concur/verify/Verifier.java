package concur.verify;

import concur.exercise.Exercise;
import concur.runner.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verifies a learner's file against its exercise, the one path both {@code verify} and {@code check} take: compile
 * in this JVM; then, in child JVMs, model check the scenario with Lincheck while another runs it instrumented with a
 * happens-before race detector (wake-ups injected, schedules shaken); then stress it on real threads in a third, with
 * no instrumentation. Only a pass from all three (or without the model checker, said plainly, where it cannot run)
 * is a pass.
 */
public final class Verifier {
    static final Duration MODEL_BUDGET = Duration.ofSeconds(60);
    static final Duration STRESS_BUDGET = Duration.ofSeconds(20);
    static final Duration RACE_BUDGET = Duration.ofSeconds(30);
    private final Optional<VerifierInstall> install;
    private final ChildVerifier child;

    public Verifier(ChildProcesses children) {
        this(VerifierInstall.find(), children);
    }

    Verifier(Optional<VerifierInstall> install, ChildProcesses children) {
        this.install = install;
        this.child = new ChildVerifier(children);
    }

    /** Tells each step as it starts, for a progress line on a terminal. */
    public interface Progress {
        void step(String what);
    }

    public Verification verify(Exercise exercise, String source) {
        return verify(exercise, source, what -> { });
    }

    public Verification verify(Exercise exercise, String source, Progress progress) {
        long start = System.nanoTime();
        Result r = new Result(exercise, source, start);
        if (install.isEmpty()) {
            return r.done(Verification.Status.FAILED, "the verifier is not installed beside concur (a verifier folder"
                    + " with classes and lib, laid out by ./mvnw package): cannot verify");
        }
        VerifierInstall paths = install.get();
        Path work;
        try {
            work = Files.createTempDirectory("concur-verify-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Path> classPath = paths.runClassPath(work);
            // Both JVMs start now and warm up while this one compiles; neither runs the learner's code before go.
            ChildVerifier.Running model = child.start("model", classPath, exercise.scenarioClass(), exercise.fileName());
            ChildVerifier.Running race = child.start("race", classPath, exercise.scenarioClass(), exercise.fileName());
            ChildVerifier.Running stress = child.start("stress", classPath, exercise.scenarioClass(), exercise.fileName());
            try {
                return run(exercise, source, progress, r, paths, work, model, race, stress);
            } finally {
                model.stop();
                race.stop();
                stress.stop();
            }
        } finally {
            delete(work);
        }
    }

    private Verification run(Exercise exercise, String source, Progress progress, Result r, VerifierInstall paths, Path work,
            ChildVerifier.Running modelChild, ChildVerifier.Running raceChild, ChildVerifier.Running stressChild) {
        progress.step("compiling " + exercise.fileName());
        SourceCompiler.Result compiled = SourceCompiler.compile(List.of(
                new SourceCompiler.Source(exercise.fileName(), source, true),
                new SourceCompiler.Source(exercise.scenarioFile(), exercise.scenario(), false)),
                paths.compileClassPath(), work);
        if (!compiled.ok()) {
            r.compileErrors = compiled.errors();
            return r.done(Verification.Status.COMPILE_ERROR, compiled.errors().isEmpty() ? "does not compile"
                    : compiled.errors().get(0).lines().findFirst().orElse("does not compile"));
        }
        progress.step("exploring interleavings (model checking) and looking for data races");
        // The race detector judges by happens-before, not by timing, so it may share the cores with the model checker.
        raceChild.release();
        ChildVerifier.Report model = modelChild.go(MODEL_BUDGET);
        if (model.outcome() == ChildVerifier.Outcome.TIMEOUT) {
            return r.done(Verification.Status.TIMEOUT, "model checking " + model.problem());
        }
        if (model.outcome() == ChildVerifier.Outcome.NO_REPORT) {
            return r.done(Verification.Status.FAILED, model.problem());
        }
        if (model.get("status").equals("unavailable")) {
            r.modelNote = Optional.of(model.get("message"));
        }
        r.interleavings = model.number("invocations");
        r.complete = Boolean.parseBoolean(model.get("complete"));
        if (model.get("status").equals("failed")) {
            r.output = PrintedOutput.from(model);
            String expected = model.get("expected");
            r.trace = model.fields().containsKey("trace")
                    ? Optional.of(model.get("trace") + (expected.isEmpty() ? "" : "\n" + VerdictFormat.EXPECTED + expected))
                    : Optional.empty();
            boolean lost = r.trace.map(t -> Interleaving.parse(t, exercise.fileName()).lostWakeup()).orElse(false);
            String why = switch (model.get("kind")) {
                case "deadlock", "hang" -> lost ? "a thread waits forever: the wake-up it waits for was lost"
                        : model.get("kind").equals("deadlock") ? "deadlock: the threads wait for each other's locks forever"
                        : "the threads hung: some never finish";
                case "exception" -> "your code threw an exception";
                case "error" -> model.get("message");
                default -> "an interleaving gives results no one-at-a-time order could";
            };
            return r.done(Verification.Status.FAILED, why);
        }
        ChildVerifier.Report race = raceChild.go(RACE_BUDGET);
        if (race.outcome() == ChildVerifier.Outcome.TIMEOUT) {
            return r.done(Verification.Status.TIMEOUT, "the instrumented run " + race.problem());
        }
        if (race.outcome() == ChildVerifier.Outcome.NO_REPORT) {
            return r.done(Verification.Status.FAILED, race.problem());
        }
        r.races = races(race);
        if (race.get("status").equals("failed")) {
            r.output = PrintedOutput.from(race);
            return r.done(Verification.Status.FAILED, race.get("message"));
        }
        progress.step("running on real threads (stress)");
        ChildVerifier.Report stress = stressChild.go(STRESS_BUDGET);
        if (stress.outcome() == ChildVerifier.Outcome.TIMEOUT) {
            return r.done(Verification.Status.TIMEOUT, "the stress run " + stress.problem());
        }
        if (stress.outcome() == ChildVerifier.Outcome.NO_REPORT) {
            return r.done(Verification.Status.FAILED, stress.problem());
        }
        r.trials = (int) stress.number("trials");
        r.threads = (int) stress.number("threads");
        r.cores = (int) stress.number("cores");
        r.failures = (int) stress.number("failures");
        r.measured = stress.get("measured");
        r.output = PrintedOutput.from(stress);
        if (!stress.get("status").equals("passed")) {
            return r.done(Verification.Status.FAILED, stress.get("message"));
        }
        return r.done(Verification.Status.PASSED, "verified");
    }

    /** What the instrumented run reported: its trials, its wake-ups, and the race it found. */
    private static RaceCheck races(ChildVerifier.Report race) {
        int trials = (int) race.number("trials");
        if (race.get("status").equals("unavailable")) {
            return new RaceCheck(0, 0, Optional.empty(), Optional.of(race.get("message")), List.of());
        }
        Optional<RaceCheck.DataRace> found = race.get("kind").equals("race")
                ? Optional.of(new RaceCheck.DataRace(race.get("race_variable"), access(race, "race_first_"),
                        access(race, "race_second_"), Boolean.parseBoolean(race.get("race_collection"))))
                : Optional.empty();
        List<String> edges = race.get("edges").isEmpty() ? List.of() : List.of(race.get("edges").split("\n"));
        return new RaceCheck(trials, race.number("wakeups"), found, Optional.empty(), edges);
    }

    private static RaceCheck.Access access(ChildVerifier.Report race, String prefix) {
        return new RaceCheck.Access(race.get(prefix + "thread"), (int) race.number(prefix + "line"),
                Boolean.parseBoolean(race.get(prefix + "write")), race.get(prefix + "what"));
    }

    /** The verification being built up, step by step. */
    private static final class Result {
        final Exercise exercise;
        final String source;
        final long start;
        long interleavings;
        boolean complete;
        int trials;
        int threads;
        int cores;
        int failures;
        Optional<String> trace = Optional.empty();
        Optional<String> modelNote = Optional.empty();
        List<String> compileErrors = List.of();
        String measured = "";
        RaceCheck races = RaceCheck.NONE;
        PrintedOutput output = PrintedOutput.NONE;

        Result(Exercise exercise, String source, long start) {
            this.exercise = exercise;
            this.source = source;
            this.start = start;
        }

        Verification done(Verification.Status status, String message) {
            return new Verification(exercise.id(), status, message, (System.nanoTime() - start) / 1_000_000, interleavings,
                    complete, modelNote, trials, threads, cores, failures, trace, compileErrors, exercise.fileName(), source,
                    measured, races, output);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
