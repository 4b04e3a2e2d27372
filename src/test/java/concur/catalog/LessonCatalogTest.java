package concur.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concur.support.TestConsole;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonCatalogTest {
    private final LessonCatalog catalog = LessonCatalog.load(TestConsole.FIXTURES, "lessons");

    @Test
    void loadsLessonFoldersInOrderWithIdsFromTheirNames() {
        assertThat(catalog.ids()).containsExactly("hello", "sleepy", "crash");
        Lesson hello = catalog.lessons().get(0);
        assertThat(hello.number()).isEqualTo(1);
        assertThat(hello.title()).isEqualTo("Saying hello");
        assertThat(hello.demos()).extracting(DemoSpec::id).containsExactly("greet");
        assertThat(hello.demos().get(0).checkClass()).contains("concur.fixtures.hello.GreetersCheck");
        assertThat(catalog.lessons().get(1).timeout()).hasMillis(300);
    }

    @Test
    void resolvesByIdNumberAndUniquePrefix() {
        assertThat(catalog.resolve("sleepy").id()).isEqualTo("sleepy");
        assertThat(catalog.resolve("3").id()).isEqualTo("crash");
        assertThat(catalog.resolve("he").id()).isEqualTo("hello");
    }

    @Test
    void suggestsCloseIdsForTypos() {
        assertThatThrownBy(() -> catalog.resolve("helo"))
                .isInstanceOf(UnknownLessonException.class)
                .hasMessage("no lesson 'helo'. Did you mean 'hello'?");
    }

    @Test
    void refusesNumbersOutOfRangeAndPathsAndControlCharacters() {
        assertThatThrownBy(() -> catalog.resolve("4")).hasMessageContaining("there are lessons 1 to 3");
        assertThatThrownBy(() -> catalog.resolve("../hello")).isInstanceOf(UnknownLessonException.class);
        assertThatThrownBy(() -> catalog.resolve("/etc/passwd")).isInstanceOf(UnknownLessonException.class);
        assertThatThrownBy(() -> catalog.resolve("he\u001b[2Jllo")).hasMessageContaining("he\\x1b[2Jllo");
    }

    @Test
    void parsesProseAroundDemoMarkers() {
        Prose prose = catalog.resolve("hello").prose();
        assertThat(prose.parts()).hasSize(3);
        assertThat(prose.demoRuns()).extracting(Prose.RunDemo::demoId).containsExactly("greet");
        assertThat(((Prose.Text) prose.parts().get(0)).markdown()).startsWith("# Hello");
    }

    @Test
    void parsesEveryQuestionKind() {
        List<Question> quiz = catalog.resolve("hello").quiz();
        assertThat(quiz).hasSize(5);
        Question.Choice single = (Question.Choice) quiz.get(0);
        assertThat(single.isCorrect(java.util.Set.of(1))).isTrue();
        assertThat(single.isCorrect(java.util.Set.of(0))).isFalse();
        Question.Choice multiple = (Question.Choice) quiz.get(1);
        assertThat(multiple.multiple()).isTrue();
        assertThat(multiple.isCorrect(java.util.Set.of(0, 1))).isTrue();
        assertThat(multiple.isCorrect(java.util.Set.of(0))).isFalse();
        Question.Choice trueFalse = (Question.Choice) quiz.get(2);
        assertThat(trueFalse.choices()).containsExactly("True", "False");
        assertThat(trueFalse.isCorrect(java.util.Set.of(0))).isTrue();
        Question.Typed number = (Question.Typed) quiz.get(3);
        assertThat(number.isCorrect(" 6 ")).isTrue();
        assertThat(number.isCorrect("6.0")).isTrue();
        assertThat(number.isCorrect("seven")).isFalse();
        Question.Typed text = (Question.Typed) quiz.get(4);
        assertThat(text.isCorrect("Main")).isTrue();
        assertThat(text.isCorrect("the  main thread.")).isTrue();
        assertThat(text.isCorrect("worker")).isFalse();
    }

    @Test
    void readsNumbersAsPeopleWriteThem() {
        assertThat(Question.Typed.parseNumber("2,000")).isEqualByComparingTo("2000");
        assertThat(Question.Typed.parseNumber("2_000")).isEqualByComparingTo("2000");
        assertThat(Question.Typed.parseNumber("-1.5")).isEqualByComparingTo("-1.5");
        assertThat(Question.Typed.parseNumber("12abc")).isNull();
        assertThat(Question.Typed.parseNumber("")).isNull();
    }

    @Test
    void theFixtureLessonsAreValid() {
        ContentValidator validator = new ContentValidator(getClass().getClassLoader(), concur.check.DemoCheck.class);
        for (Lesson lesson : catalog.lessons()) {
            assertThat(validator.validate(lesson)).as(lesson.id()).isEmpty();
        }
    }
}
