package concur.cli;

import concur.render.TextWrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help for a terminal narrower than picocli will lay out: its two-column tables of commands, options and parameters
 * become a name on one line and the description wrapped under it, which reads at any width.
 */
final class NarrowHelp {
    private static final String NAME_INDENT = "  ";
    private static final String TEXT_INDENT = "    ";

    private NarrowHelp() {}

    /** Replaces the table sections of {@code cli} and of every subcommand it has now. */
    static void apply(CommandLine cli, int width) {
        Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(cli.getHelpSectionMap());
        // the short form: picocli breaks the long one for 55 columns, leaving fragments at a narrower width
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> help.abbreviatedSynopsis());
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
            List<String> lines = new ArrayList<>();
            help.subcommands().forEach((name, sub) -> entry(lines, name, summary(sub.commandSpec().usageMessage()), width));
            return join(lines);
        });
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
            List<String> lines = new ArrayList<>();
            for (OptionSpec option : help.commandSpec().options()) {
                if (!option.hidden()) {
                    entry(lines, String.join(", ", option.names()) + label(option), option.description(), width);
                }
            }
            return join(lines);
        });
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> {
            List<String> lines = new ArrayList<>();
            help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden())
                    .forEach(p -> entry(lines, p.paramLabel(), p.description(), width));
            return join(lines);
        });
        cli.setHelpSectionMap(sections);
    }

    /** What a command list says of a command: its header, or else its description's first line, as picocli does. */
    private static String[] summary(UsageMessageSpec usage) {
        String[] shortest = usage.header().length > 0 ? usage.header() : usage.description();
        return shortest.length == 0 ? shortest : new String[] {shortest[0]};
    }

    private static String label(ArgSpec arg) {
        return arg.arity().max() > 0 ? " " + arg.paramLabel() : "";
    }

    private static void entry(List<String> lines, String name, String[] description, int width) {
        lines.add(NAME_INDENT + name);
        String text = String.join(" ", description).replace("%n", " ").strip();
        if (!text.isEmpty()) {
            TextWrap.wrap(text, width - TEXT_INDENT.length() - 1).forEach(line -> lines.add(TEXT_INDENT + line));
        }
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
