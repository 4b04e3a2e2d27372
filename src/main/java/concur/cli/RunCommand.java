package concur.cli;

import concur.runner.Pace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** concur run: the demos alone, as an instructor shows them. */
@Command(name = "run", description = "Run a lesson's demos only, with each thread's output streaming live.")
final class RunCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", completionCandidates = CatalogIds.Lessons.class, description = "A lesson id, number or unique prefix of an id.")
    String lesson;

    @Option(names = "--step", description = "Pause before each demo until Enter, with a heading saying what comes.")
    boolean step;

    @Option(names = "--pace", paramLabel = "slow|normal|FACTOR", converter = PaceConverter.class,
            completionCandidates = PaceConverter.Names.class,
            description = "Slow motion: each demo thread pauses after every line it prints (slow: 150 ms; a factor"
                    + " such as 2 doubles that). Default: normal.")
    Pace pace = Pace.NORMAL;

    @Option(names = "--timeline", description = "After each demo, draw what each of its threads did over time.")
    boolean timeline;

    RunCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        return new LessonPlayer(app, new PlayOptions(step, false, pace, timeline)).runDemos(app.lesson(lesson));
    }
}
