package concur.cli;

import concur.catalog.DemoSpec;
import concur.catalog.Lesson;
import concur.check.OutcomeTally;
import concur.console.Console;
import concur.console.Style;
import concur.render.OutcomeChart;
import concur.render.ProseFormat;
import concur.render.RunSummary;
import concur.render.TextWrap;
import concur.render.Timeline;
import concur.render.ThreadLanes;
import concur.runner.Cancellation;
import concur.runner.DemoOutcome;
import concur.runner.DemoResult;
import concur.runner.Pace;
import concur.runner.RunSettings;
import concur.runner.DemoListener;
import concur.runner.ThreadActivity;
import concur.runner.ThreadLine;
import java.util.Map;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Runs one demo in front of the user: its lines stream into the console as threads print them, Ctrl-C stops it,
 * and a one-line summary says how it ended. One presenter shows all the demos of a lesson, so that what it has
 * said once (a demo too quick for a timeline) it does not say again.
 */
final class DemoPresenter {
    private final App app;
    private final Pace pace;
    private final boolean timeline;
    private boolean toldTooQuick;

    /** @param timeline sample the demo's threads and draw their timeline after it */
    DemoPresenter(App app, Pace pace, boolean timeline) {
        this.app = app;
        this.pace = pace;
        this.timeline = timeline;
    }

    DemoResult present(Lesson lesson, DemoSpec demo) {
        return present(lesson, demo, true, Optional.empty());
    }

    /**
     * @param withTitle  false when a heading for the demo was shown already
     * @param prediction the outcomes (rule indexes) the learner predicted, to set against the run's
     */
    DemoResult present(Lesson lesson, DemoSpec demo, boolean withTitle, Optional<Set<Integer>> prediction) {
        return present(lesson, demo, withTitle, prediction, pace);
    }

    /** @param pace this run's pace: a learner may ask for one demo again in slow motion */
    DemoResult present(Lesson lesson, DemoSpec demo, boolean withTitle, Optional<Set<Integer>> prediction, Pace pace) {
        Console console = app.console();
        PrintWriter out = console.out();
        Style style = console.style();
        if (withTitle) {
            TextWrap.fit(style.bold(style.pointer() + " " + demo.title()), console.width(), 2).forEach(out::println);
        }
        TextWrap.fit(style.dim("  java " + demo.simpleName() + ".java" + (console.interactive() ? "   (Ctrl-C stops it)" : "")),
                console.width()).forEach(out::println);
        out.flush();
        ThreadLanes lanes = new ThreadLanes(style);
        Cancellation cancellation = new Cancellation();
        Optional<Terminal> terminal = console.terminal();
        Terminal.SignalHandler previous = null;
        Attributes attributes = null;
        if (terminal.isPresent()) {
            previous = terminal.get().handle(Terminal.Signal.INT, signal -> cancellation.cancel());
            attributes = terminal.get().enterRawMode(); // no echo of keys pressed while it runs; Ctrl-C still signals
        }
        DemoResult result;
        LiveStatus status = terminal.map(t -> LiveStatus.open(t, style, console::width)).orElse(null);
        boolean sample = timeline || status != null;
        try {
            result = app.runner().run(demo, new RunSettings(lesson.timeout(), pace, sample), new DemoListener() {
                @Override
                public void line(ThreadLine line) {
                    String formatted = lanes.format(line);
                    if (console.interactive()) {
                        // on a terminal a long line goes on under its own lane's text; a pipe keeps one line a line
                        TextWrap.fit(formatted, console.width(), lanes.textColumn()).forEach(out::println);
                    } else {
                        out.println(formatted);
                    }
                    out.flush();
                }

                @Override
                public void states(Map<String, ThreadActivity> now) {
                    if (status != null) {
                        out.flush();
                        status.show(now);
                    }
                }
            }, cancellation);
        } finally {
            if (status != null) {
                status.close();
            }
            if (terminal.isPresent()) {
                discardTypeAhead(terminal.get());
                terminal.get().setAttributes(attributes);
                terminal.get().handle(Terminal.Signal.INT, previous);
            }
        }
        summarize(result, style, out);
        if (demo.outcomes().isPresent() && result.outcome() != DemoOutcome.INTERRUPTED) {
            OutcomeTally tally = OutcomeTally.read(demo.outcomes().get(), result.lines());
            if (tally.trials() > 0) {
                new OutcomeChart(style).render(tally, prediction, Math.min(console.width(), ProseFormat.MAX_WIDTH) - 1)
                        .forEach(out::println);
                out.println();
                out.flush();
            }
        }
        if (timeline && result.outcome() != DemoOutcome.INTERRUPTED && demo.process() == DemoSpec.DemoProcess.IN_PROCESS) {
            if (result.elapsed().compareTo(Timeline.SHORTEST) >= 0) {
                new Timeline(style).render(result.samples(), result.elapsed().toNanos(), console.width() - 1).forEach(out::println);
                out.println();
            } else if (!toldTooQuick) {
                toldTooQuick = true;
                String note = String.format("(over in %.3f s: too quick for a timeline%s)", result.elapsed().toNanos() / 1e9,
                        pace.paused() ? "" : "; a demo run in slow motion gets one");
                TextWrap.wrap(note, console.width() - 1).forEach(line -> out.println(style.dim(line)));
                out.println();
            }
            out.flush();
        }
        return result;
    }

    /**
     * Drops the keys pressed while the demo ran: an Enter meant to hurry it along would otherwise answer the
     * prompt after it, and skip its summary, chart and timeline unread.
     */
    private static void discardTypeAhead(Terminal terminal) {
        try {
            while (terminal.reader().peek(1) >= 0) {
                terminal.reader().read();
            }
        } catch (java.io.IOException e) {
            // nothing more to drop
        }
    }

    private void summarize(DemoResult result, Style style, PrintWriter out) {
        String elapsed = String.format("%.2fs", result.elapsed().toNanos() / 1e9);
        if (result.completed()) {
            out.println(style.green(style.check()) + style.dim(" finished in " + elapsed));
            for (String line : TextWrap.wrap(RunSummary.describe(result.lines()), app.console().width() - 3)) {
                out.println(style.dim("  " + line));
            }
        } else if (result.outcome() == DemoOutcome.INTERRUPTED) {
            out.println(style.yellow("Stopped after " + elapsed + "."));
        } else {
            String what = result.outcome() == DemoOutcome.TIMEOUT ? "ran out of time after " + elapsed : "failed";
            out.println(style.red(style.cross() + " The demo " + what + ":"));
            result.problems().forEach(p -> out.println("  " + p.replace("\n", "\n  ")));
        }
        out.println();
        out.flush();
    }
}
