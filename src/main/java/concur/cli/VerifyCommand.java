package concur.cli;

import concur.exercise.Exercise;
import concur.exercise.UnknownExerciseException;
import concur.verify.VerdictFormat;
import concur.verify.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** concur verify: compile a learner's file and verify it by model checking and on real threads. */
@Command(name = "verify", description = {
    "Verify an exercise's working copy (or --file): exit 0 verified, 1 not (compile error, failure, timeout).",
    "Explores the interleavings with a model checker, then runs the code on real threads."})
final class VerifyCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<exercise>", completionCandidates = CatalogIds.Exercises.class, description = "The exercise's id, such as counter.")
    String name;

    @Option(names = "--file", paramLabel = "PATH", description = "Verify this file instead of the working copy.")
    Path file;

    @Option(names = "--format", paramLabel = "text|json|junit", converter = FormatConverter.class,
            description = "text for people, json for scripts, junit for CI servers (default: text).")
    VerdictFormat format = VerdictFormat.TEXT;

    @Mixin
    WorkingCopyOption workingCopies;

    VerifyCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Exercise exercise;
        try {
            exercise = app.exercises().resolve(name);
        } catch (UnknownExerciseException e) {
            app.console().err().println("concur: " + e.message(app::command));
            app.console().err().flush();
            return ExitCode.USAGE;
        }
        Path path = file != null ? file : workingCopies.copies(app.env()).of(exercise);
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            app.console().err().println("concur: cannot read " + path + (file == null
                    ? " (start the exercise with '" + app.command("exercise " + exercise.id()) + "', or give --file)" : ""));
            app.console().err().flush();
            return ExitCode.USAGE;
        }
        boolean live = app.console().interactive() && format == VerdictFormat.TEXT;
        ProgressLine progress = new ProgressLine(app.console());
        Verification verdict = app.verifier().verify(exercise, source, step -> {
            if (live) {
                progress.step(step);
            }
        });
        if (live) {
            progress.clear();
        }
        format.write(verdict, app.console().out(), app.console().style(), app.console().width());
        return verdict.passed() ? ExitCode.OK : ExitCode.FAILED;
    }

    static final class FormatConverter implements ITypeConverter<VerdictFormat> {
        @Override
        public VerdictFormat convert(String value) {
            return CheckCommand.format(value, VerdictFormat.class);
        }
    }
}
