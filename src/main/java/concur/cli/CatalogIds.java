package concur.cli;

import concur.catalog.ContentException;
import concur.exercise.Exercise;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The ids that Tab completes after a command, read from the catalog when they are asked for (never when the command
 * tree is built), so a new lesson completes with no code change. The shell's completion script and the home's prompt
 * both get their words here, through picocli's {@code completionCandidates}. Another kind of id (exercises, levels)
 * is one more nested class naming what of the catalog it lists.
 */
abstract class CatalogIds implements Iterable<String> {
    private final App app;
    private final Function<App, List<String>> ids;

    CatalogIds(App app, Function<App, List<String>> ids) {
        this.app = app;
        this.ids = ids;
    }

    @Override
    public Iterator<String> iterator() {
        try {
            return ids.apply(app).iterator();
        } catch (ContentException e) {
            return List.<String>of().iterator(); // broken content completes nothing; check and the commands report it
        }
    }

    /** Lesson ids, in course order. */
    static final class Lessons extends CatalogIds {
        Lessons(App app) {
            super(app, a -> a.catalog().ids());
        }
    }

    /** Exercise ids, in course order. */
    static final class Exercises extends CatalogIds {
        Exercises(App app) {
            super(app, a -> a.exercises().exercises().stream().map(Exercise::id).toList());
        }
    }

    /** Level ids of the scheduler game, in course order. */
    static final class Levels extends CatalogIds {
        Levels(App app) {
            super(app, a -> a.catalog().lessons().stream().flatMap(l -> l.levelIds().stream()).toList());
        }
    }
}
