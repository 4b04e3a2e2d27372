package concur.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import concur.check.DemoCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of broken lesson content is reported with its file and line. */
class BrokenContentTest {
    private static final String META = """
            title: Hello
            summary: A fixture.
            demos:
              - id: greet
                title: Greeters
                class: concur.fixtures.hello.Greeters
                check: concur.fixtures.hello.GreetersCheck
            """;
    private static final String PROSE = "# Hello\n\n@run greet\n";
    private static final String QUESTION = """
            - kind: true-false
              ask: Is this a question?
              answer: true
              explain: It is.
            """;
    private static final String QUIZ = QUESTION.repeat(5);

    @TempDir
    Path root;

    private Map<String, String> valid() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("01-hello/lesson.yaml", META);
        files.put("01-hello/lesson.md", PROSE);
        files.put("01-hello/quiz.yaml", QUIZ);
        files.put("01-hello/Greeters.java", "// source");
        files.put("01-hello/GreetersCheck.java", "// source");
        return files;
    }

    private List<String> errors(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            if (file.getValue() != null) {
                Files.writeString(path, file.getValue());
            }
        }
        List<String> errors = new ArrayList<>();
        try {
            LessonCatalog catalog = LessonCatalog.load(root, "lessons");
            ContentValidator validator = new ContentValidator(getClass().getClassLoader(), DemoCheck.class);
            catalog.lessons().forEach(l -> validator.validate(l).forEach(e -> errors.add(e.toString())));
        } catch (ContentException e) {
            e.errors().forEach(error -> errors.add(error.toString()));
        }
        return errors;
    }

    private List<String> errorsWith(String file, String content) throws IOException {
        Map<String, String> files = valid();
        files.put(file, content);
        return errors(files);
    }

    @Test
    void aValidLessonHasNoErrors() throws IOException {
        assertThat(errors(valid())).isEmpty();
    }

    private static final String LEVEL = """
            title: Race
            goal: Lose an update.
            explain: "Both read 0."
            win: finished() && count == 1
            section: Hello
            ---
            class Race {
                int count = 0;
                void a() { count++; }
                void b() { count++; }
            }
            """;

    /** The valid lesson with one level, offered by its prose. */
    private Map<String, String> withLevel(String level, String prose) {
        Map<String, String> files = valid();
        files.put("01-hello/levels/race.level", level);
        files.put("01-hello/lesson.md", prose);
        return files;
    }

    @Test
    void aValidLevelHasNoErrors() throws IOException {
        assertThat(errors(withLevel(LEVEL, PROSE + "\n@play race\n"))).isEmpty();
    }

    @Test
    void brokenLevels() throws IOException {
        String offered = PROSE + "\n@play race\n";
        assertThat(errors(withLevel(LEVEL.replace("---\n", ""), offered))).containsExactly(
                "lessons/01-hello/levels/race.level:1: a level starts with title, goal, explain, win and section lines, "
                        + "then a line '---', then its Java class");
        assertThat(errors(withLevel(LEVEL.replace("win: finished() && count == 1\n", ""), offered))).containsExactly(
                "lessons/01-hello/levels/race.level:1: a level header has no 'win'");
        assertThat(errors(withLevel(LEVEL.replace("title:", "titel:"), offered))).singleElement().asString()
                .startsWith("lessons/01-hello/levels/race.level:1: unknown key 'titel' in a level header");
        assertThat(errors(withLevel(LEVEL.replace("section: Hello", "section: Goodbye"), offered))).containsExactly(
                "lessons/01-hello/levels/race.level:5: section 'Goodbye' is not a heading of lesson.md");
        assertThat(errors(withLevel(LEVEL, PROSE))).containsExactly("lessons/01-hello/levels/race.level: level 'race' is "
                + "never offered: add a line '@play race' to lesson.md");
        assertThat(errors(withLevel(LEVEL, offered + "@play rcae\n"))).containsExactly(
                "lessons/01-hello/lesson.md:6: '@play rcae' names no level in levels/");
        Map<String, String> stray = withLevel(LEVEL, offered);
        stray.put("01-hello/levels/notes.txt", "x");
        assertThat(errors(stray)).containsExactly(
                "lessons/01-hello/levels/notes.txt: only level files, named <id>.level, belong in levels/");
    }

    @Test
    void brokenYaml() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION + "- kind: single\n  ask: [unclosed\n"))
                .singleElement().asString().startsWith("lessons/01-hello/quiz.yaml:").contains("not valid YAML");
    }

    @Test
    void wrongType() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4)
                + "- kind: single\n  ask: Which?\n  choices: yes\n  answer: a\n  explain: Because.\n"))
                .containsExactly("lessons/01-hello/quiz.yaml:19: 'choices' must be a list");
    }

    @Test
    void missingKey() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4) + "- kind: true-false\n  ask: Hm?\n  answer: true\n"))
                .containsExactly("lessons/01-hello/quiz.yaml:17: a question has no 'explain'");
    }

    @Test
    void emptyExplanation() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.replace("explain: It is.", "explain: \"\"") + QUESTION.repeat(4)))
                .containsExactly("lessons/01-hello/quiz.yaml:4: the explanation ('explain') is empty");
    }

    @Test
    void unknownQuestionKind() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4) + QUESTION.replace("true-false", "essay")))
                .containsExactly("lessons/01-hello/quiz.yaml:17: unknown question kind 'essay' (expected one of "
                        + "single, multiple, true-false, number, text)");
    }

    @Test
    void answerOutOfRange() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4)
                + "- kind: single\n  ask: Which?\n  choices: [x, y]\n  answer: c\n  explain: Because.\n"))
                .containsExactly("lessons/01-hello/quiz.yaml:20: answer 'c' is not one of the choices a to b");
    }

    @Test
    void singleChoiceWithoutExactlyOneCorrectAnswer() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4)
                + "- kind: single\n  ask: Which?\n  choices: [x, y]\n  answer: [a, b]\n  explain: Because.\n"))
                .singleElement().asString()
                .startsWith("lessons/01-hello/quiz.yaml:20: a single-choice question has exactly one correct answer");
    }

    @Test
    void numberQuestionWithoutANumber() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(4)
                + "- kind: number\n  ask: How many?\n  answer: lots\n  explain: Because.\n"))
                .containsExactly("lessons/01-hello/quiz.yaml:19: a number question's answer must be a number, not 'lots'");
    }

    @Test
    void tooFewQuestions() throws IOException {
        assertThat(errorsWith("01-hello/quiz.yaml", QUESTION.repeat(2)))
                .containsExactly("lessons/01-hello/quiz.yaml:1: the quiz has 2 questions; a lesson needs at least 5");
    }

    private static final String OUTCOMES = META + """
                outcomes:
                  line: 'trial \\d+: (\\d+)'
                  predict: How many?
                  grades:
                    - is: 1
                      grade: expected
                      means: one
                    - above: 1
                      grade: surprising
                      means: more
            """;

    @Test
    void aValidOutcomesBlockHasNoErrors() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", OUTCOMES)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'trial \\d+: (\\d+)'  | 'trial \\d+: \\d+'   | 9: the outcome line needs a group, ( ), around the outcome it reads
            'trial \\d+: (\\d+)'  | 'trial (\\d+'          | 9: the outcome line is not a valid regular expression: Unclosed group
            'grade: expected'       | 'grade: fine'           | 13: a grade is expected, surprising or wrong, not 'fine'
            'above: 1'              | 'above: many'           | 15: 'above' takes a number, not 'many'
            'above: 1'              | 'above: 1\\n          is: 2' | 15: a grade rule has exactly one of is, below or above
            'means: more'           | 'says: more'            | 17: unknown key 'says' in a grade rule (expected one of
            '  predict: How many?'  | '  predict: [a, b]'     | 10: the prediction question must be a single value, not a list or mapping
            'grades:'               | 'grade:'                | 11: unknown key 'grade' in 'outcomes' (expected one of
            '  predict: How many?'  | '  count: 2'            | 10: count is the number of the line's group that holds how many trials the line stands for: 2 or more, and the line has 1 groups
            '  predict: How many?'  | '  unit: Pairs!'        | 10: unit is one lower-case word
            """)
    void brokenOutcomes(String valid, String broken, String error) throws IOException {
        String yaml = OUTCOMES.replace(valid, broken.replace("\\n", "\n"));
        assertThat(yaml).isNotEqualTo(OUTCOMES);
        assertThat(errorsWith("01-hello/lesson.yaml", yaml)).singleElement().asString()
                .startsWith("lessons/01-hello/lesson.yaml:" + error);
    }

    @Test
    void aPredictionNeedsTwoRulesToChooseFrom() throws IOException {
        String oneRule = OUTCOMES.substring(0, OUTCOMES.indexOf("        - above: 1"));
        assertThat(errorsWith("01-hello/lesson.yaml", oneRule))
                .containsExactly("lessons/01-hello/lesson.yaml:10: a prediction needs at least two rules in 'grades' to choose from");
    }

    @Test
    void duplicateLessonId() throws IOException {
        Map<String, String> files = valid();
        files.put("02-hello/lesson.yaml", META);
        assertThat(errors(files)).containsExactly("lessons/02-hello: duplicate lesson id 'hello' (also lessons/01-hello)");
    }

    @Test
    void missingFile() throws IOException {
        Map<String, String> files = valid();
        files.remove("01-hello/quiz.yaml");
        assertThat(errors(files)).containsExactly("lessons/01-hello/quiz.yaml: missing file");
    }

    @Test
    void missingLessonYaml() throws IOException {
        assertThat(errors(Map.of("01-hello/lesson.md", PROSE))).containsExactly("lessons/01-hello/lesson.yaml: missing file");
    }

    @Test
    void demoClassThatDoesNotExist() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", META.replace("hello.Greeters\n", "hello.Nope\n")))
                .contains("lessons/01-hello/lesson.yaml:4: class concur.fixtures.hello.Nope does not exist (is its package right?)");
    }

    @Test
    void checkClassThatIsNotACheck() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", META.replace("hello.GreetersCheck", "hello.Greeters")))
                .contains("lessons/01-hello/lesson.yaml:4: concur.fixtures.hello.Greeters does not implement concur.check.DemoCheck");
    }

    @Test
    void unknownKeyInLessonYaml() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", META.replace("title: Hello", "titel: Hello")))
                .singleElement().asString().startsWith("lessons/01-hello/lesson.yaml:1: unknown key 'titel'");
    }

    @Test
    void badTimeout() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", "timeout: soon\n" + META))
                .containsExactly("lessons/01-hello/lesson.yaml:1: the timeout is a duration such as 10s or 500ms, not 'soon'");
    }

    @Test
    void badFolderName() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        valid().forEach((k, v) -> files.put(k.replace("01-hello", "1-Hello"), v));
        assertThat(errors(files)).containsExactly("lessons/1-Hello: a lesson folder is named NN-id, such as 01-basics");
    }

    @Test
    void runMarkerNamingNoDemo() throws IOException {
        assertThat(errorsWith("01-hello/lesson.md", PROSE + "\n@run nope\n"))
                .contains("lessons/01-hello/lesson.md:5: '@run nope' names no demo of lesson.yaml");
    }

    @Test
    void demoNeverRun() throws IOException {
        assertThat(errorsWith("01-hello/lesson.md", "# Hello\n"))
                .containsExactly("lessons/01-hello/lesson.yaml:4: demo 'greet' is never run: add a line '@run greet' to lesson.md");
    }

    @Test
    void strayFile() throws IOException {
        Map<String, String> files = valid();
        files.put("01-hello/notes.txt", "remember to write this");
        assertThat(errors(files)).containsExactly(
                "lessons/01-hello/notes.txt: nothing refers to this file (lesson.yaml names the demo and check classes)");
    }

    @Test
    void demoSourceMissing() throws IOException {
        Map<String, String> files = valid();
        files.remove("01-hello/Greeters.java");
        assertThat(errors(files)).containsExactly("lessons/01-hello/Greeters.java: missing file: lesson.yaml names its class");
    }

    @Test
    void duplicateYamlKey() throws IOException {
        assertThat(errorsWith("01-hello/lesson.yaml", META + "title: Again\n"))
                .containsExactly("lessons/01-hello/lesson.yaml:8: key 'title' is given twice in lesson.yaml");
    }
}
