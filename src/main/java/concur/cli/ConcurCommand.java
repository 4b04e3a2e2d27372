package concur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** concur: with no subcommand, the interactive home. Its subcommands are registered by {@link Commands}. */
@Command(name = "concur", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Learn Java concurrency by watching real threads run.%n",
        footer = {"%nStart with: concur learn basics   (or just 'concur' for the interactive home)"})
public final class ConcurCommand implements Callable<Integer> {
    private final App app;

    public ConcurCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        return new HomeShell(app).run();
    }
}
