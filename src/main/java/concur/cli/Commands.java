package concur.cli;

import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.EditDistance;
import concur.catalog.Printable;
import concur.catalog.UnknownLessonException;
import concur.console.Console;
import concur.console.FittingWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the picocli command tree for an {@link App} and turns every way a command can go wrong into one clear line
 * on stderr and the right exit code: never a stack trace.
 */
public final class Commands {
    private Commands() {}

    /** picocli refuses to lay out help narrower than this; a narrower terminal gets it refitted line by line. */
    private static final int PICOCLI_MIN_WIDTH = 55;
    private static final int HELP_MAX_WIDTH = 100;

    /** Every subcommand, in the order help lists them; read from their annotations only when picocli is used. */
    private static final class Subcommands {
        static final Map<String, Class<?>> ALL = subcommands();
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        for (Class<?> type : List.of(ListCommand.class, LearnCommand.class, RunCommand.class, QuizCommand.class,
                ShowCommand.class, CheckCommand.class, ExerciseCommand.class, VerifyCommand.class, PlayCommand.class,
                ProgressCommand.class, ResetCommand.class, NextCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class)) {
            all.put(type.getAnnotation(CommandLine.Command.class).name(), type);
        }
        return all;
    }

    /**
     * The command tree for one command line. picocli builds the model of every registered command up front, so
     * only the named subcommand is registered when there is one: a quicker start for {@code concur list}.
     */
    public static CommandLine create(App app, String... args) {
        CommandLine cli = new CommandLine(ConcurCommand.class, new AppFactory(app));
        Class<?> named = args.length > 0 && !args[0].equals("help") ? Subcommands.ALL.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], new AppFactory(app).create(named));
        } else {
            for (Class<?> type : Subcommands.ALL.values()) {
                cli.addSubcommand(new AppFactory(app).create(type));
            }
        }
        Console console = app.console();
        // picocli writes only help and version to its out; they are fitted to the terminal as it is when printed
        cli.setOut(new PrintWriter(new FittingWriter(console.out(), console::width), true));
        cli.setErr(console.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int width = console.width();
        cli.setUsageHelpWidth(Math.max(PICOCLI_MIN_WIDTH, Math.min(HELP_MAX_WIDTH, width)));
        if (width < PICOCLI_MIN_WIDTH) {
            NarrowHelp.apply(cli, width);
        }
        cli.setParameterExceptionHandler((e, typed) -> usageError(app, e, typed));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> failure(app, e, commandLine.getErr()));
        if (app.atHome()) {
            homeHelp(cli);
        }
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                app.console().style().color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return cli;
    }

    /**
     * The commands that take no option and no parameter. Named alone, such a command has nothing to parse, so it runs
     * without building picocli's model (by reflection, about a third of {@code concur list}'s own time); anything
     * after its name (--help, a typo) goes through picocli as usual.
     */
    private static final Map<String, Function<App, Callable<Integer>>> BARE = Map.of(
            "list", ListCommand::new, "progress", ProgressCommand::new, "next", NextCommand::new);

    /** The names of the commands that run without picocli when named alone. */
    static Set<String> bareCommands() {
        return BARE.keySet();
    }

    /** Runs one command line; the exit code it returns is the process's. */
    public static int execute(App app, String... args) {
        Function<App, Callable<Integer>> bare = args.length == 0 ? ConcurCommand::new
                : args.length == 1 ? BARE.get(args[0]) : null;
        if (bare != null) {
            // the interactive home, or a command named alone: nothing to parse
            try {
                return bare.apply(app).call();
            } catch (Exception e) {
                return failure(app, e, app.console().err());
            }
        }
        try {
            return create(app, args).execute(args);
        } catch (RuntimeException e) {
            // building the command tree failed: still one line and an exit code, never a stack trace
            return failure(app, e, app.console().err());
        }
    }

    /**
     * At the home's prompt, commands are typed without the program's name and its options mean nothing: the help
     * says what to type there.
     */
    private static void homeHelp(CommandLine cli) {
        cli.getCommandSpec().usageMessage()
                .synopsisHeading("")
                .customSynopsis("Type a command; 'help <command>' tells more of one, Tab completes, Ctrl-D leaves.%n")
                .footer("%nStart with: next   (the first lesson you have not completed)");
        cli.setHelpSectionKeys(cli.getHelpSectionKeys().stream()
                .filter(key -> !key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST)).toList());
    }

    private static int usageError(App app, ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String message = e.getMessage() == null ? "bad command line" : e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched && e.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty() && args.length > 0
                && unmatched.getUnmatched().get(0).equals(args[0]) && !args[0].startsWith("-")) {
            message = "unknown command '" + args[0] + "'";
        }
        err.println("concur: " + Printable.of(message.lines().findFirst().orElse(message), 200)
                + suggestion(e) + hint(app, e.getCommandLine()));
        err.flush();
        return ExitCode.USAGE;
    }

    private static String suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        String typed = unmatched.getUnmatched().get(0);
        // picocli's own suggestions share only a pair of letters at times ("lern" -> "verify", "completion"): keep
        // the close ones
        List<String> close = new ArrayList<>(unmatched.getSuggestions().stream()
                .filter(name -> name.startsWith(typed) || typed.startsWith(name) || EditDistance.between(name, typed) <= 2)
                .toList());
        if (!typed.startsWith("-")) {
            // picocli only suggests by prefix; transposed letters ("lsit") deserve a suggestion too.
            e.getCommandLine().getSubcommands().keySet().stream()
                    .filter(name -> EditDistance.between(name, typed) <= 2 && !close.contains(name))
                    .forEach(close::add);
        }
        if (close.isEmpty()) {
            return "";
        }
        return ". Did you mean " + String.join(" or ", close.stream().limit(3).map(s -> "'" + s + "'").toList()) + "?";
    }

    /** Where to read more: {@code concur learn --help} in a shell, {@code help learn} at the home's prompt. */
    private static String hint(App app, CommandLine where) {
        String name = where.getCommandSpec().qualifiedName();
        if (app.atHome()) {
            String command = name.equals(where.getCommandSpec().root().name()) ? ""
                    : name.substring(where.getCommandSpec().root().name().length() + 1);
            return " (see '" + ("help " + command).strip() + "')";
        }
        return " (see '" + name + " --help')";
    }

    static int failure(App app, Exception e, PrintWriter err) {
        int code;
        if (e instanceof UnknownLessonException unknown) {
            err.println("concur: " + unknown.message(app::command));
            code = ExitCode.USAGE;
        } else if (e instanceof ContentException content) {
            err.println("concur: the lesson content is broken:");
            for (ContentError error : content.errors()) {
                err.println("  " + error);
            }
            code = ExitCode.FAILED;
        } else {
            err.println("concur: internal error: " + e + " (please report it; CONCUR_DEBUG=1 shows the stack)");
            if (System.getenv("CONCUR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            code = ExitCode.FAILED;
        }
        err.flush();
        return code;
    }

    /** Creates commands with the {@link App} they work with. */
    private record AppFactory(App app) implements IFactory {
        @Override
        public <K> K create(Class<K> type) {
            try {
                Constructor<K> withApp = type.getDeclaredConstructor(App.class);
                withApp.setAccessible(true);
                return withApp.newInstance(app);
            } catch (NoSuchMethodException e) {
                try {
                    return CommandLine.defaultFactory().create(type);
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
