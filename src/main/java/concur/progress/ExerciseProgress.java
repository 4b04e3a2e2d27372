package concur.progress;

/**
 * How far the learner got with one exercise: solved or not, how many verifications, how many hints read, and where
 * concur wrote this learner's working copy of it.
 *
 * @param copy the absolute path of the working copy concur wrote the starter to for this learner; empty when none
 */
public record ExerciseProgress(boolean solved, int attempts, int hintsUsed, String copy) {
    public static final ExerciseProgress NONE = new ExerciseProgress(false, 0, 0, "");

    public ExerciseProgress(boolean solved, int attempts, int hintsUsed) {
        this(solved, attempts, hintsUsed, "");
    }

    ExerciseProgress withCopy(String path) {
        return new ExerciseProgress(solved, attempts, hintsUsed, path);
    }
}
