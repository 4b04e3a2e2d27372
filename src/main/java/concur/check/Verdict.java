package concur.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What checks found: the invariants that failed, and the figures measured along the way. */
public final class Verdict {
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Double> measurements = new LinkedHashMap<>();

    /** Records a failure unless {@code holds}. */
    public void require(boolean holds, String failure) {
        if (!holds) {
            failures.add(failure);
        }
    }

    public void fail(String failure) {
        failures.add(failure);
    }

    /** Records a figure the run measured; CI reads it from the report. */
    public void measure(String name, double value) {
        measurements.put(name, value);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public Map<String, Double> measurements() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measurements));
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
