package concur.quiz;

/**
 * How a quiz went.
 *
 * @param correct  questions answered right
 * @param answered questions answered at all (fewer than total when the learner stopped early)
 * @param total    questions in the quiz
 */
public record QuizResult(int correct, int answered, int total) {

    public boolean finished() {
        return answered == total;
    }

    public String score() {
        return correct + "/" + total;
    }
}
