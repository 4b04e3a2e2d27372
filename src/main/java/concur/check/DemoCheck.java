package concur.check;

/**
 * What a lesson's demo must show on every run, checked headless by {@code concur check}: the invariants its prose
 * relies on ("both threads printed every number"), and the figures it measured.
 *
 * <p>A check only reads the transcript; it never runs anything itself. Invariants must hold on every run on any
 * machine; a figure that depends on the machine is recorded with {@link Verdict#measure} and only fails the check
 * when it is outside what any sane machine gives.
 */
public interface DemoCheck {

    void verify(Transcript run, Verdict verdict);
}
