package concur.check;

import java.util.List;
import java.util.Map;

/**
 * The headless verdict on one lesson.
 *
 * @param id           the lesson
 * @param status       passed, failed, error (broken content) or timeout
 * @param questions    how many quiz questions it has (0 when the quiz is broken)
 * @param measurements figures the last run measured, by name
 * @param durationMs   wall time of the whole check
 * @param messages     what went wrong, one entry a problem
 * @param runs         how many times its demos ran
 */
public record LessonReport(String id, Status status, int questions, Map<String, Double> measurements, long durationMs,
        List<String> messages, int runs) {

    public enum Status {
        PASSED, FAILED, ERROR, TIMEOUT;

        public String label() {
            return name().toLowerCase();
        }
    }

    public LessonReport {
        measurements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measurements));
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
