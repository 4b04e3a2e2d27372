package concur.cli;

import concur.catalog.DemoSpec;
import concur.catalog.Lesson;
import concur.console.Style;
import concur.render.JavaHighlighter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur show: the demo source, the very file the build compiled. */
@Command(name = "show", description = "Print the Java source of a lesson's demos.")
final class ShowCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", completionCandidates = CatalogIds.Lessons.class, description = "A lesson id, number or unique prefix of an id.")
    String lesson;

    ShowCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Lesson found = app.lesson(lesson);
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        JavaHighlighter java = new JavaHighlighter(style);
        for (DemoSpec demo : found.demos()) {
            out.println(style.dim("// " + demo.title() + ": " + demo.simpleName() + ".java"));
            out.println(java.highlight(found.source(demo).stripTrailing()));
            out.println();
        }
        out.flush();
        return ExitCode.OK;
    }
}
