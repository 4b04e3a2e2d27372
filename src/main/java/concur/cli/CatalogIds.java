package concur.cli;

import concur.catalog.LessonCatalog;
import concur.catalog.LevelSpec;
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
    private final Function<LessonCatalog, List<String>> ids;

    CatalogIds(App app, Function<LessonCatalog, List<String>> ids) {
        this.app = app;
        this.ids = ids;
    }

    @Override
    public Iterator<String> iterator() {
        return ids.apply(app.catalog()).iterator();
    }

    /** Lesson ids, in course order. */
    static final class Lessons extends CatalogIds {
        Lessons(App app) {
            super(app, LessonCatalog::ids);
        }
    }

    /** Level ids of the scheduler game, in course order. */
    static final class Levels extends CatalogIds {
        Levels(App app) {
            super(app, catalog -> catalog.levels().stream().map(LevelSpec::id).toList());
        }
    }
}
