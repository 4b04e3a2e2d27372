package concur.lessons.daemons;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;

/** Each thread's daemon flag is what the rules say: inherited, set by the builder, always true for virtual threads. */
public class WhoIsADaemonCheck implements DemoCheck {

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> expected = List.of(
                "main:                     false",
                "new Thread(...):          false",
                "ofPlatform().daemon():    true",
                "ofVirtual():              true",
                "made by a daemon thread:  true",
                "setDaemon while it runs:  IllegalThreadStateException");
        List<String> printed = run.lines().stream().map(l -> l.text()).toList();
        verdict.require(printed.equals(expected), "the daemon flags were not as expected: " + printed);
    }
}
