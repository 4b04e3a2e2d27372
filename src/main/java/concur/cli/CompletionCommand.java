package concur.cli;

import concur.completion.CompletionScript;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** concur completion: the shell's Tab-completion script, made from the command tree and the lessons. */
@Command(name = "completion", description = {
    "Print a Tab-completion script for bash or zsh: commands, options, their values and lesson ids.",
    "Enable it with: source <(concur completion bash)   (zsh: source <(concur completion zsh))"})
final class CompletionCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "bash|zsh", completionCandidates = Shells.class, description = "The shell: bash or zsh.")
    String shell;

    CompletionCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        if (!CompletionScript.SHELLS.contains(shell)) {
            throw new ParameterException(spec.commandLine(), "no completion for '" + shell + "': bash or zsh");
        }
        app.console().out().print(CompletionScript.forShell(shell, Commands.create(app)));
        app.console().out().flush();
        return ExitCode.OK;
    }

    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CompletionScript.SHELLS.iterator();
        }
    }
}
