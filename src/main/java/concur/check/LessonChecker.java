package concur.check;

import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.ContentValidator;
import concur.catalog.DemoSpec;
import concur.catalog.Lesson;
import concur.runner.Cancellation;
import concur.runner.DemoOutcome;
import concur.runner.DemoResult;
import concur.runner.DemoRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a lesson headless, as CI does: its content is valid, and each of its demos, run {@code repeat} times with
 * no terminal, ends in time and passes its lesson's invariants every time.
 */
public final class LessonChecker {
    private final ClassLoader classes;
    private final DemoRunner runner;

    public LessonChecker(ClassLoader classes, DemoRunner runner) {
        this.classes = classes;
        this.runner = runner;
    }

    /**
     * @param timeout overrides each lesson's own time budget when not null
     */
    public LessonReport check(Lesson lesson, int repeat, Duration timeout, Cancellation cancellation) {
        long start = System.nanoTime();
        List<String> messages = new ArrayList<>();
        List<ContentError> errors = new ContentValidator(classes, DemoCheck.class).validate(lesson);
        if (!errors.isEmpty()) {
            errors.forEach(e -> messages.add(e.toString()));
            return report(lesson, LessonReport.Status.ERROR, Map.of(), start, messages, 0);
        }
        Map<String, List<Double>> measured = new LinkedHashMap<>();
        LessonReport.Status status = LessonReport.Status.PASSED;
        int runs = 0;
        for (int round = 1; round <= repeat && status == LessonReport.Status.PASSED; round++) {
            for (DemoSpec demo : lesson.demos()) {
                runs++;
                DemoResult result = runner.run(demo, timeout == null ? lesson.timeout() : timeout,
                        line -> { }, cancellation);
                String where = demo.id() + (repeat > 1 ? " (run " + round + " of " + repeat + ")" : "");
                if (result.outcome() == DemoOutcome.TIMEOUT) {
                    status = LessonReport.Status.TIMEOUT;
                } else if (result.outcome() == DemoOutcome.INTERRUPTED) {
                    status = LessonReport.Status.FAILED;
                    messages.add(where + ": stopped by the user");
                    break;
                } else if (!result.completed()) {
                    status = LessonReport.Status.FAILED;
                }
                result.problems().forEach(p -> messages.add(where + ": " + p));
                if (status != LessonReport.Status.PASSED) {
                    break;
                }
                Verdict verdict = verify(demo, result);
                verdict.measurements().forEach((name, value) -> measured.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
                if (!verdict.passed()) {
                    status = LessonReport.Status.FAILED;
                    verdict.failures().forEach(f -> messages.add(where + ": " + f));
                    break;
                }
            }
        }
        return report(lesson, status, summarize(measured), start, messages, runs);
    }

    /**
     * One figure per name: the mean over the runs; with several runs, also its {@code _min} and {@code _max}, so CI
     * sees the spread and not just the last run.
     */
    static Map<String, Double> summarize(Map<String, List<Double>> measured) {
        Map<String, Double> figures = new LinkedHashMap<>();
        measured.forEach((name, values) -> {
            figures.put(name, values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
            if (values.size() > 1) {
                figures.put(name + "_min", values.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
                figures.put(name + "_max", values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            }
        });
        return figures;
    }

    private Verdict verify(DemoSpec demo, DemoResult result) {
        Verdict verdict = new Verdict();
        demo.outcomes().ifPresent(outcomes -> OutcomeTally.read(outcomes, result.lines()).verify(demo.id(), verdict));
        if (demo.checkClass().isEmpty()) {
            return verdict;
        }
        try {
            DemoCheck check = (DemoCheck) Class.forName(demo.checkClass().get(), true, classes).getConstructor().newInstance();
            check.verify(new Transcript(result.lines()), verdict);
        } catch (ReflectiveOperationException | RuntimeException e) {
            verdict.fail("its check " + demo.checkClass().get() + " threw " + e);
        }
        return verdict;
    }

    private static LessonReport report(Lesson lesson, LessonReport.Status status, Map<String, Double> measurements,
            long start, List<String> messages, int runs) {
        int questions;
        try {
            questions = lesson.quiz().size();
        } catch (ContentException e) {
            questions = 0;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new LessonReport(lesson.id(), status, questions, measurements, ms, messages, runs);
    }
}
