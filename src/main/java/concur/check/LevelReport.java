package concur.check;

import java.util.List;

/**
 * The headless verdict on one level of the scheduler game.
 *
 * @param id         the level
 * @param lessonId   the lesson it belongs to
 * @param status     passed (it can be won), failed (it cannot) or error (broken content)
 * @param shortest   how many steps its shortest win takes; 0 when there is none
 * @param durationMs wall time of parsing and solving it
 * @param messages   what went wrong, file:line first
 */
public record LevelReport(String id, String lessonId, LessonReport.Status status, int shortest, long durationMs,
        List<String> messages) {

    public LevelReport {
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return status == LessonReport.Status.PASSED;
    }
}
