package concur.lessons.collections;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * putIfAbsent with an argument built first opens a connection on every call (4 threads x 3 hosts x 20 trials); with
 * computeIfAbsent every trial opened exactly one per host.
 */
public class CreateOnceCheck implements DemoCheck {
    private static final Pattern EAGER = Pattern.compile(
            "^putIfAbsent\\(host, new Connection\\(host\\)\\): (\\d+) connections opened in 20 trials$");
    private static final Pattern ONCE = Pattern.compile(
            "^computeIfAbsent\\(host, Connection::new\\): one connection per host in (\\d+) of 20 trials$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        Optional<Double> eager = run.number(EAGER);
        Optional<Double> once = run.number(ONCE);
        verdict.require(eager.isPresent() && eager.get() == 4 * 3 * 20,
                "putIfAbsent's argument is built on every call: expected 240 connections opened, got " + eager.orElse(null));
        verdict.require(once.isPresent() && once.get() == 20,
                "computeIfAbsent opens one connection per host: expected it in 20 of 20 trials, got " + once.orElse(null));
    }
}
