package concur.check;

import java.util.List;

/**
 * The headless verdict on one exercise: its starter must be caught and its reference solution verified, both through
 * the path {@code concur verify} takes.
 *
 * @param checked what was checked, in words (how the starter was caught, how sure the solution's pass is)
 * @param messages what went wrong, one entry a problem
 */
public record ExerciseReport(String id, String lesson, LessonReport.Status status, long durationMs, List<String> checked,
        List<String> messages) {

    public ExerciseReport {
        checked = List.copyOf(checked);
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return status == LessonReport.Status.PASSED;
    }
}
