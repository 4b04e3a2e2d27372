package concur.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LessonCatalog;
import concur.catalog.Question;
import concur.console.Style;
import concur.support.TestConsole;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private final List<Question> quiz = LessonCatalog.load(TestConsole.FIXTURES, "lessons").resolve("hello").quiz();

    private QuizResult answer(TestConsole console) {
        return new QuizSession(console.console().out(), Style.PLAIN, 80, new LineAnswers(console.console())).run(quiz);
    }

    @Test
    void scoresEveryKindOfAnswerGivenOnePerLine() {
        TestConsole console = new TestConsole("b\na, b\ntrue\n6\nmain\n");
        QuizResult result = answer(console);
        assertThat(result).isEqualTo(new QuizResult(5, 5, 5));
        assertThat(console.out()).contains("Question 1/5").contains("  b) two").contains("Score: 5/5");
        assertThat(console.out()).contains("Two threads greet.").contains("Three each.");
    }

    @Test
    void acceptsNumbersAndChoiceTextAsWellAsLetters() {
        QuizResult result = answer(new TestConsole("2\n1 2\nyes\n6.0\nthe main thread\n"));
        assertThat(result.correct()).isEqualTo(5);
    }

    @Test
    void wrongAnswersShowTheRightOneAndTheExplanation() {
        TestConsole console = new TestConsole("a\na\nfalse\n7\nworker\n");
        QuizResult result = answer(console);
        assertThat(result).isEqualTo(new QuizResult(0, 5, 5));
        assertThat(console.out()).contains("Not quite. The answer: b) two").contains("The answer: 6").contains("Score: 0/5");
    }

    @Test
    void unusableLinesAreAskedAgain() {
        TestConsole console = new TestConsole("\nz\n9\nb, c\nb\n\na b\ntrue\nsix\n6\nmain\n");
        QuizResult result = answer(console);
        assertThat(result.answered()).isEqualTo(5);
        assertThat(console.out()).contains("Please answer with one letter from a to c.")
                .contains("Please answer with one or more letters from a to c.")
                .contains("Please answer with a number, such as 42.");
    }

    @Test
    void endOfInputEndsTheQuizWithWhatWasAnswered() {
        TestConsole console = new TestConsole("b\na b\n");
        QuizResult result = answer(console);
        assertThat(result).isEqualTo(new QuizResult(2, 2, 5));
        assertThat(result.finished()).isFalse();
        assertThat(console.out()).contains("Quiz stopped after 2 of 5 questions.").contains("Score: 2/5");
    }
}
