package concur.progress;

/**
 * What a learner has done in one lesson.
 *
 * @param demoSeen  the demo ran to the end in front of them at least once
 * @param bestScore the most questions they got right in one go
 * @param questions how many questions the quiz had when that score was made
 */
public record LessonProgress(boolean demoSeen, int bestScore, int questions) {
    public static final LessonProgress NONE = new LessonProgress(false, 0, 0);

    /** A lesson is completed once its demo was seen and its quiz passed with at least 60% right. */
    public boolean completed() {
        return demoSeen && questions > 0 && bestScore * 10 >= questions * 6;
    }

    public boolean quizTaken() {
        return questions > 0;
    }

    /** The union of two records of the same lesson: nothing either of them achieved is lost. */
    LessonProgress merge(LessonProgress other) {
        boolean seen = demoSeen || other.demoSeen;
        if (other.bestScore > bestScore || (other.bestScore == bestScore && other.questions > questions)) {
            return new LessonProgress(seen, other.bestScore, other.questions);
        }
        return new LessonProgress(seen, bestScore, questions);
    }
}
