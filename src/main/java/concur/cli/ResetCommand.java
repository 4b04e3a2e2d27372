package concur.cli;

import concur.console.Console;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur reset: forget progress. */
@Command(name = "reset", description = "Forget your progress in one lesson, or in all of them.")
final class ResetCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", completionCandidates = CatalogIds.Lessons.class, arity = "0..1", description = "The lesson to forget; all lessons when left out.")
    String lesson;

    ResetCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String id = lesson == null ? null : app.lesson(lesson).id();
        if (id == null && !confirmed()) {
            app.console().out().println("Nothing was forgotten.");
            app.console().out().flush();
            return ExitCode.OK;
        }
        java.util.Set<String> levels = id == null ? java.util.Set.of() : java.util.Set.copyOf(app.lesson(lesson).levelIds());
        if (!app.progress().reset(id, levels)) {
            return ExitCode.FAILED;
        }
        app.console().out().println(id == null ? "Progress in every lesson forgotten." : "Progress in " + id + " forgotten.");
        app.console().out().flush();
        return ExitCode.OK;
    }

    /** Forgetting every lesson cannot be undone: a person is asked first; a script is not. */
    private boolean confirmed() {
        Console console = app.console();
        if (!console.personAtKeyboard()) {
            return true;
        }
        String question = "Forget your progress in all " + app.catalog().lessons().size() + " lessons? [y/N] ";
        String answer;
        Optional<Terminal> terminal = console.terminal();
        if (terminal.isPresent()) {
            try {
                answer = LineReaderBuilder.builder().terminal(terminal.get()).build().readLine(question);
            } catch (UserInterruptException | EndOfFileException e) {
                return false;
            }
        } else {
            console.out().print(question);
            console.out().flush();
            answer = console.readLine();
        }
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}