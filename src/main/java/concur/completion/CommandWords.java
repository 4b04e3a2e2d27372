package concur.completion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The words Tab offers for a partly typed command line, read from a picocli command tree by the rules of the script
 * {@link CompletionScript} generates: so a prompt inside concur offers what the shell offers, from the same tree.
 * <ul>
 * <li>a word starting with {@code -}: the options of the innermost command typed so far;</li>
 * <li>after an option that takes a value: that option's values;</li>
 * <li>otherwise: the command's subcommands, and the values of the positional parameter at this place.</li>
 * </ul>
 */
public final class CommandWords {
    private final CommandSpec root;

    public CommandWords(CommandSpec root) {
        this.root = root;
    }

    /**
     * The completions of {@code typed}, given the words before it (without the program's own name), in the order the
     * command tree lists them.
     */
    public List<String> complete(List<String> before, String typed) {
        CommandSpec command = root;
        int commandAt = -1;
        for (int i = 0; i < before.size(); i++) {
            CommandLine sub = command.subcommands().get(before.get(i));
            if (sub != null) {
                command = sub.getCommandSpec();
                commandAt = i;
            }
        }
        Set<String> words = new LinkedHashSet<>();
        OptionSpec previous = before.size() > commandAt + 1 ? command.findOption(before.get(before.size() - 1)) : null;
        if (typed.startsWith("-")) {
            command.options().stream().filter(o -> !o.hidden()).forEach(o -> words.addAll(List.of(o.names())));
        } else if (previous != null && takesValue(previous)) {
            addAll(previous.completionCandidates(), words);
        } else {
            subcommands(command).forEach(words::add);
            int position = positionalIndex(command, before.subList(commandAt + 1, before.size()));
            for (PositionalParamSpec positional : command.positionalParameters()) {
                if (!positional.hidden() && positional.index().contains(position)) {
                    addAll(positional.completionCandidates(), words);
                }
            }
        }
        return words.stream().filter(word -> word.startsWith(typed)).toList();
    }

    /** Subcommands; after {@code help}, its siblings, which it explains. */
    private static List<String> subcommands(CommandSpec command) {
        List<String> names = new ArrayList<>(visible(command.subcommands()));
        if (command.parent() != null && command.userObject() instanceof CommandLine.HelpCommand) {
            visible(command.parent().subcommands()).stream().filter(name -> !name.equals(command.name()))
                    .forEach(names::add);
        }
        return names;
    }

    private static List<String> visible(Map<String, CommandLine> subcommands) {
        return subcommands.entrySet().stream().filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(Map.Entry::getKey).toList();
    }

    /** How many positional values precede the word being typed: words that are neither options nor their values. */
    private static int positionalIndex(CommandSpec command, List<String> afterCommand) {
        int index = 0;
        for (int i = 0; i < afterCommand.size(); i++) {
            OptionSpec option = command.findOption(afterCommand.get(i));
            if (option == null) {
                index++;
            } else if (takesValue(option)) {
                i++;
            }
        }
        return index;
    }

    private static boolean takesValue(OptionSpec option) {
        return option.arity().max() > 0;
    }

    private static void addAll(Iterable<String> candidates, Set<String> words) {
        if (candidates != null) {
            candidates.forEach(words::add);
        }
    }
}
