package concur.progress;

/** How far the learner got with one exercise: solved or not, how many verifications, how many hints read. */
public record ExerciseProgress(boolean solved, int attempts, int hintsUsed) {
    public static final ExerciseProgress NONE = new ExerciseProgress(false, 0, 0);
}
