package concur.lessons.memorymodel;

import concur.check.DemoCheck;
import concur.check.Transcript;
import concur.check.Verdict;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The holder class is initialised once, on first use, however many threads ask at once: nothing is built before
 * main's first line, one registry is built, and each of the four users got that one.
 */
public class LazyHolderCheck implements DemoCheck {
    private static final Pattern BUILDING = Pattern.compile("^building registry #\\d+$");

    @Override
    public void verify(Transcript run, Verdict verdict) {
        List<String> main = run.textsOf("main");
        verdict.require(!main.isEmpty() && main.get(0).equals("nothing built yet: 0 registries"),
                "main's first line should say that nothing was built before the first use");
        long building = run.lines().stream().filter(l -> BUILDING.matcher(l.text()).matches()).count();
        verdict.require(building == 1, "the registry was built " + building + " times, not once");
        OptionalInt built = run.indexOf(BUILDING);
        OptionalInt first = run.indexOf(Pattern.compile("^nothing built yet"));
        verdict.require(built.isPresent() && first.isPresent() && first.getAsInt() < built.getAsInt(),
                "the registry must be built after main started, on first use");
        for (int t = 1; t <= 4; t++) {
            List<String> said = run.textsOf("user-" + t);
            verdict.require(said.equals(List.of("got registry #1")) || said.equals(List.of("building registry #1", "got registry #1")),
                    "user-" + t + " should print that it got registry #1, once, but printed " + said);
        }
        verdict.require(!main.isEmpty() && main.get(main.size() - 1).equals("registries built: 1"),
                "main's last line should count one registry built");
    }
}
