package concur.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's prose, cut where the demos run: Markdown text parts, and {@code @run <demo>} markers between them.
 */
public record Prose(List<Part> parts) {

    public sealed interface Part {}

    /** Markdown to show as it is. */
    public record Text(String markdown) implements Part {}

    /** The place where a demo runs. */
    public record RunDemo(String demoId, int line) implements Part {}

    /** The place where the learner is offered a level of the scheduler game. */
    public record PlayLevel(String levelId, int line) implements Part {}

    static final String RUN_MARKER = "@run ";
    static final String PLAY_MARKER = "@play ";

    static Prose parse(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.startsWith(RUN_MARKER)) {
                addText(parts, text);
                parts.add(new RunDemo(line.substring(RUN_MARKER.length()).strip(), i + 1));
            } else if (line.startsWith(PLAY_MARKER)) {
                addText(parts, text);
                parts.add(new PlayLevel(line.substring(PLAY_MARKER.length()).strip(), i + 1));
            } else {
                text.append(line).append('\n');
            }
        }
        addText(parts, text);
        return new Prose(List.copyOf(parts));
    }

    private static void addText(List<Part> parts, StringBuilder text) {
        String markdown = text.toString().strip();
        if (!markdown.isEmpty()) {
            parts.add(new Text(markdown));
        }
        text.setLength(0);
    }

    public List<PlayLevel> levelPlays() {
        return parts.stream().filter(PlayLevel.class::isInstance).map(PlayLevel.class::cast).toList();
    }

    public List<RunDemo> demoRuns() {
        return parts.stream().filter(RunDemo.class::isInstance).map(RunDemo.class::cast).toList();
    }
}
