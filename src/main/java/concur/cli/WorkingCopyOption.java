package concur.cli;

import concur.exercise.WorkingCopies;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --exercises DIR} option of the commands that work on the learner's working copies. */
final class WorkingCopyOption {
    @Option(names = "--exercises", paramLabel = "DIR",
            description = "Folder of the working copies (default: $" + WorkingCopies.VARIABLE + " or $HOME/concur-exercises).")
    String folder;

    /** Where the working copies are: the option, else the environment variable, else the default folder. */
    WorkingCopies copies(Map<String, String> env) {
        return WorkingCopies.from(folder, env);
    }

    /** The option as typed, to repeat in a command shown to the learner; empty when it was not given. */
    String asTyped() {
        return folder == null || folder.isBlank() ? "" : " --exercises " + folder;
    }
}
