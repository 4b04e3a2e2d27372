package concur.verifier.race;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One instrumented trial, as the harness sees it: begin it, tell it when the harness's own threads start and are
 * joined (those edges are made by uninstrumented code), end it, then ask whether it found a data race.
 */
public final class Session {
    private final Detector detector = new Detector();
    private final Shaker shaker;

    /** One side of a race: the thread, the place in the learner's file, and what was done there. */
    public record Access(String thread, String file, int line, boolean write, String what) {
        public String where() {
            return file + ":" + line;
        }
    }

    /** Two accesses to one variable, at least one a write, with no happens-before between them. */
    public record DataRace(String variable, Access earlier, Access later, boolean onCollection) {}

    /** @param seed where this trial's schedule noise and spurious wake-ups come from */
    public Session(long seed) {
        shaker = new Shaker(seed);
    }

    /** A class loader that instruments the classes compiled from {@code file} in {@code folder} as they load. */
    public static ClassLoader loader(Path folder, String file, ClassLoader parent) {
        return new InstrumentingLoader(LearnerClasses.read(folder, file, parent), parent);
    }

    public void begin() {
        Race.begin(detector, shaker);
    }

    public void end() {
        Race.end();
    }

    public void fork(Thread thread) {
        detector.harnessFork(thread);
    }

    /** The happens-before edges the learner's code made that ordered something, in words. */
    public java.util.List<String> edges() {
        return detector.edges();
    }

    public void joined(Thread thread) {
        detector.joined(thread);
    }

    public Optional<DataRace> race() {
        Detector.Found found = detector.found();
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new DataRace(found.variable(), access(found.earlier()), access(found.later()),
                found.earlier().on() != null));
    }

    private static Access access(Detector.Access a) {
        Sites.Site site = Sites.get(a.site());
        return new Access(a.thread(), site.file(), site.line(), a.write(), a.on() != null ? site.what() + "()" : site.what());
    }

    public long spuriousWakeups() {
        return shaker.spuriousWakeups();
    }

}
