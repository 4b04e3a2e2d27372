package concur.cli;

import concur.runner.Pace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** concur learn: the whole lesson. */
@Command(name = "learn", description = "Take a lesson: read, watch its demo run on real threads, then a quiz.")
final class LearnCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", arity = "0..1", completionCandidates = CatalogIds.Lessons.class,
            description = "A lesson id, number or unique prefix of an id; left out, the first lesson not completed.")
    String lesson;

    @Option(names = "--no-prose", description = "Skip the lesson's text: demos and quiz only.")
    boolean noProse;

    @Option(names = "--pace", paramLabel = "slow|normal|FACTOR", converter = PaceConverter.class,
            completionCandidates = PaceConverter.Names.class,
            description = "Slow motion for the demos (see 'concur run --help').")
    Pace pace = Pace.NORMAL;

    LearnCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        LessonPlayer player = new LessonPlayer(app, new PlayOptions(false, !noProse, pace, true));
        if (lesson != null) {
            return player.learn(app.lesson(lesson));
        }
        // with every lesson completed, next says what is left
        return NextStep.of(app) instanceof NextStep.TakeLesson next ? player.learn(next.lesson()) : new NextCommand(app).call();
    }
}
