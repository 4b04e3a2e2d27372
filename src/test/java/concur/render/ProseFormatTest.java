package concur.render;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LessonCatalog;
import concur.catalog.Prose;
import concur.catalog.Question;
import concur.console.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lesson prose through the CommonMark parser: one golden file a construct (src/test/resources/prose), each at 80 and
 * 40 columns, without and with colour; and what must hold at every width for every construct and every lesson.
 * {@code -Dconcur.golden=update} rewrites the golden files from the renderer, to be read before they are committed.
 */
class ProseFormatTest {
    private static final Path GOLDEN = Path.of("src/test/resources/prose");
    private static final Style COLOR = new Style(true, true);
    private static final Style UNICODE = new Style(false, true);
    private static final Pattern SGR = Pattern.compile("\033\\[[0-9;]*m");

    /** Each construct, as a lesson author writes it. */
    static Map<String, String> constructs() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("headings", "# A heading long enough to need two lines at forty columns\n\n## A smaller one\n\nText.");
        all.put("paragraphs", "One paragraph, long enough that it has to be wrapped at eighty columns and more than once"
                + " at forty,\nwith a soft line break in it.\n\nAnother paragraph, after a hard break:\\\nthere.");
        all.put("emphasis", "Plain, *emphasis*, _emphasis too_, **strong**, __strong too__ and ***both at once***;"
                + " a **strong phrase that is kept on one line** when it fits.");
        all.put("code-spans", "Call `Thread.start()`, never `run()`; a long one such as"
                + " `java.util.concurrent.locks.ReentrantReadWriteLock` breaks after a dot at forty columns.");
        all.put("escapes", "Escaped: \\*not emphasis\\*, \\_nor this\\_, a back\\`tick, 2 \\* 3 and a \\\\ backslash.");
        all.put("fenced-code", "```java\nsynchronized (lock) {\n    count++; // one thread at a time, and a comment that is long\n}\n\n"
                + "String s = \"text\";\n```\n\n```\nno language: highlighted as Java too\n```\n\n```text\nplain text, as it is\n```");
        all.put("block-quotes", "> A quote, set off by a bar, long enough to be wrapped at forty columns.\n>\n"
                + "> Its second paragraph.\n>\n> > And a quote inside it.");
        all.put("unordered-lists", "- first item, long enough to be wrapped at forty columns\n- second\n* a new list,"
                + " another bullet\n+ and a third");
        all.put("ordered-lists", "1. one\n2. two, long enough to be wrapped when the page is only forty columns wide\n"
                + "3. three\n4. four\n5. five\n6. six\n7. seven\n8. eight\n9. nine\n10. ten\n\nBetween two lists.\n\n"
                + "7) a list that starts at seven\n8) eight");
        all.put("nested-lists", "- top\n  - nested\n    - nested twice, long enough to wrap at forty columns\n"
                + "  - nested again\n- a loose item follows\n\n1. numbered, with a paragraph\n\n   A second paragraph.\n\n"
                + "   - and a bullet inside\n2. second");
        all.put("tables", "| Tool | What it gives you | Since |\n|:-----|:-----------------:|------:|\n"
                + "| `synchronized` | a lock every object has, released when the block ends | 1.0 |\n"
                + "| `ReentrantLock` | tryLock, timeouts and fairness | 5 |\n| *short* | | |");
        all.put("narrow-tables", "| Class | Package | Purpose |\n|---|---|---|\n"
                + "| ConcurrentHashMap | java.util.concurrent | a map many threads share |\n"
                + "| CopyOnWriteArrayList | java.util.concurrent | a list read far more than written |");
        all.put("links", "Read [the JLS](https://docs.oracle.com/javase/specs/), or <https://openjdk.org>, or"
                + " [https://openjdk.org](https://openjdk.org), or write to <someone@example.com>."
                + " An image: ![a diagram](diagram.png).");
        all.put("thematic-breaks", "Above.\n\n---\n\nBetween.\n\n***\n\nBelow.");
        all.put("html", "Each prints \"Thread <name> is running\".\n\n<div>\nraw html block\n</div>");
        return all;
    }

    static List<String> constructNames() {
        return new ArrayList<>(constructs().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructNames")
    void eachConstructLooksAsItsGoldenFileSays(String name) throws IOException {
        String markdown = constructs().get(name);
        StringBuilder rendered = new StringBuilder();
        for (Style style : List.of(UNICODE, COLOR)) {
            for (int columns : new int[] {80, 40}) {
                rendered.append("--- ").append(columns).append(" columns, ")
                        .append(style.color() ? "colour (ESC as \\e)" : "plain").append('\n');
                for (String line : new ProseFormat(style, columns).format(markdown)) {
                    rendered.append(line.replace("\033", "\\e")).append('\n');
                }
            }
        }
        Path golden = GOLDEN.resolve(name + ".txt");
        if ("update".equals(System.getProperty("concur.golden"))) {
            Files.writeString(golden, "# " + markdown.replace("\n", "\n# ") + "\n" + rendered);
        }
        String expected = Files.readString(golden);
        assertThat(expected.substring(expected.indexOf("\n---") + 1)).isEqualTo(rendered.toString());
    }

    @Test
    void everyLineFitsItsWidthAndColourOnlyAddsWholeEscapes() {
        LessonCatalog lessons = LessonCatalog.load(Path.of("lessons"), "lessons");
        LessonCatalog fixture = LessonCatalog.load(Path.of("src/test/fixtures/markdown"), "lessons");
        List<String> texts = new ArrayList<>(constructs().values());
        for (LessonCatalog catalog : List.of(lessons, fixture)) {
            catalog.lessons().forEach(lesson -> {
                lesson.prose().parts().stream().filter(Prose.Text.class::isInstance)
                        .forEach(part -> texts.add(((Prose.Text) part).markdown()));
                lesson.quiz().forEach(q -> texts.addAll(List.of(q.prompt(), q.explanation())));
            });
        }
        for (int terminal = 20; terminal <= 100; terminal += terminal < 50 ? 1 : 10) {
            int width = Math.max(20, Math.min(ProseFormat.MAX_WIDTH, terminal) - 2);
            ProseFormat plain = new ProseFormat(UNICODE, terminal);
            ProseFormat colour = new ProseFormat(COLOR, terminal);
            for (String text : texts) {
                List<String> plainLines = plain.format(text);
                List<String> colourLines = colour.format(text);
                String where = "at " + terminal + " columns: " + text.lines().findFirst().orElse("");
                assertThat(plainLines).as(where).allSatisfy(line -> {
                    assertThat(line).doesNotContain("\033");
                    assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(width);
                });
                assertThat(colourLines.stream().map(l -> SGR.matcher(l).replaceAll("")).toList()).as(where)
                        .isEqualTo(plainLines);
                assertThat(colourLines).as(where).allSatisfy(line -> {
                    String[] escapes = SGR.matcher(line).results().map(m -> m.group()).toArray(String[]::new);
                    if (escapes.length > 0) {
                        assertThat(escapes[escapes.length - 1]).as("a line closes its styles: %s", line).isEqualTo("\033[0m");
                    }
                });
            }
        }
    }

    @Test
    void aBoldPhraseOrCodeSpanMovesToTheNextLineWholeWhenItFits() {
        for (int width = 20; width <= 50; width++) {
            List<String> lines = new ProseFormat(COLOR, width).format("code that interleaves has a **race condition**"
                    + " and a `count++` here.");
            assertThat(lines).as("at %d columns", width).noneMatch(l -> l.contains("*"))
                    .anyMatch(l -> l.contains("\033[1mrace condition\033[0m"))
                    .anyMatch(l -> l.contains("\033[36mcount++\033[0m"));
        }
    }

    @Test
    void quizPromptsKeepTheirMarkdownToo() {
        Question question = LessonCatalog.load(Path.of("src/test/fixtures/markdown"), "lessons").lessons().get(0)
                .quiz().get(0);
        assertThat(new ProseFormat(Style.PLAIN, 80).format(question.prompt())).containsExactly("Which thread prints done?");
    }
}
