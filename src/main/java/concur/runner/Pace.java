package concur.runner;

import java.time.Duration;

/**
 * Slow motion for a projector: after each line it prints, a demo thread pauses, so a class can follow the
 * interleaving as it happens. The threads still race for real; they only race more slowly.
 *
 * @param pausePerLine how long a thread pauses after each line it prints (zero: full speed)
 */
public record Pace(Duration pausePerLine) {
    public static final Pace NORMAL = new Pace(Duration.ZERO);
    /** The pause that "slow" means. */
    public static final Duration SLOW_PAUSE = Duration.ofMillis(150);
    public static final Pace SLOW = new Pace(SLOW_PAUSE);

    /** "normal", "slow", or a factor of the slow pause such as 2 or 0.5. */
    public static Pace parse(String text) {
        String value = text.strip().toLowerCase();
        switch (value) {
            case "normal":
                return NORMAL;
            case "slow":
                return SLOW;
            default:
                double factor;
                try {
                    factor = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not slow, normal or a factor such as 2");
                }
                if (!(factor >= 0 && factor <= 20)) {
                    throw new IllegalArgumentException("a pace factor is from 0 to 20, not " + text);
                }
                return new Pace(Duration.ofNanos((long) (SLOW_PAUSE.toNanos() * factor)));
        }
    }

    public boolean paused() {
        return !pausePerLine.isZero();
    }

    /** A paced demo runs longer by design: its time budget grows with it. */
    public Duration stretch(Duration budget) {
        return paused() ? budget.plus(Duration.ofMinutes(10)) : budget;
    }
}
