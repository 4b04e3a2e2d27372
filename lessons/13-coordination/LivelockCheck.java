package concur.lessons.coordination;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.regex.Pattern;

/**
 * In step, every one of both threads' five attempts failed and both gave up, though neither was ever blocked; with a
 * random back-off both ate. How many attempts that took is measured.
 */
public class LivelockCheck implements DemoCheck {
    private static final Pattern ATE = Pattern.compile("^ate at attempt (\\d+)$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        for (String name : new String[] {"left", "right"}) {
            var lines = run.textsOf(name);
            verdict.require(lines.size() == 6 && lines.get(5).equals("gave up after 5 polite attempts")
                    && lines.subList(0, 5).stream().allMatch(l -> l.matches("attempt \\d: the (fork|spoon) is taken, backing off")),
                    name + " did not fail all five attempts in step: " + lines);
        }
        double most = 0;
        for (String name : new String[] {"left-again", "right-again"}) {
            var lines = run.textsOf(name);
            verdict.require(lines.size() == 1 && ATE.matcher(lines.get(0)).matches(),
                    name + " did not eat with a random back-off: " + lines);
            if (lines.size() == 1) {
                var m = ATE.matcher(lines.get(0));
                if (m.matches()) {
                    most = Math.max(most, Integer.parseInt(m.group(1)));
                }
            }
        }
        verdict.measure("random_backoff_attempts", most);
    }
}
