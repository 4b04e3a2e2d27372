package concur.cli;

import concur.catalog.ContentException;
import concur.catalog.LevelSpec;
import concur.console.Style;
import concur.game.GamePlayer;
import concur.game.GameScreen;
import concur.game.GameSession;
import concur.game.Interpreter;
import concur.game.LevelParser;
import concur.game.Solver;
import concur.render.Listing;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** concur play: the scheduler game, where the learner picks which thread moves next, one atomic step at a time. */
@Command(name = "play", description = {
    "Be the scheduler: step threads one atomic action at a time and break the code.",
    "With no level, lists the levels, one a line: id, lesson, title, won or not.",
    "The game is tidier than Java: every field acts as if volatile (unless the level says memory: tso, where each"
        + " thread writes through a store buffer and the keys 1-4 flush one), notify() wakes the thread that waited"
        + " longest, and no wait() ever wakes by itself."})
final class PlayCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<level>", completionCandidates = CatalogIds.Levels.class, arity = "0..1", description = "The level to play (id or unique prefix).")
    String level;

    @Option(names = "--file", paramLabel = "PATH", description = "Play a level file of your own instead of a course level.")
    java.nio.file.Path file;

    @Option(names = "--solve", description = "Print the shortest win as one line 'moves: A B ...'.")
    boolean solve;

    @Option(names = "--moves", paramLabel = "\"A B ...\"",
            description = "Play these moves headless, print the final state; exit 0 on a win, 1 without one.")
    String moves;

    PlayCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        if (level != null && file != null) {
            throw new ParameterException(spec.commandLine(), "name a level or give --file, not both");
        }
        if (level == null && file == null) {
            if (solve || moves != null) {
                throw new ParameterException(spec.commandLine(), "--solve and --moves need a level");
            }
            return list();
        }
        if (solve && moves != null) {
            throw new ParameterException(spec.commandLine(), "give --solve or --moves, not both");
        }
        LevelSpec found;
        Interpreter game;
        try {
            found = file != null ? LevelSpec.loadFile(file, file.toString()) : app.catalog().resolveLevel(level);
            game = new Interpreter(LevelParser.parse(found));
        } catch (ContentException e) {
            e.errors().forEach(error -> app.console().err().println("concur: " + error));
            app.console().err().flush();
            return ExitCode.USAGE;
        }
        if (solve) {
            return solve(game);
        }
        if (moves != null) {
            return replay(game);
        }
        boolean won = new GamePlayer(app.console(), game).play();
        if (won && file == null) {
            app.progress().recordLevelWon(found.id());
        }
        return ExitCode.OK;
    }

    private int list() {
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        Set<String> won = app.progress().levelsWon();
        for (LevelSpec l : app.catalog().levels()) {
            String mark = won.contains(l.id()) ? style.green(style.check() + " won") : "";
            String head = String.format("%-22s %-14s ", l.id(), l.lessonId());
            String wide = String.format("%s%-36s %s", head, l.title(), mark).stripTrailing();
            Listing.lines(wide, head, l.title(), mark, app.console().listingWidth()).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }

    private int solve(Interpreter game) {
        Solver.Result result = Solver.solve(game);
        if (result.win().isEmpty()) {
            app.console().err().println("concur: level " + game.level().id() + " cannot be won"
                    + (result.exhausted() ? "" : " within " + result.states() + " states"));
            app.console().err().flush();
            return ExitCode.FAILED;
        }
        app.console().out().println("moves: " + GameSession.letters(game, result.win().get()));
        app.console().out().flush();
        return ExitCode.OK;
    }

    private int replay(Interpreter game) {
        GameSession session = new GameSession(game);
        PrintWriter out = app.console().out();
        String[] letters = moves.strip().isEmpty() ? new String[0] : moves.strip().split("[\\s,]+");
        for (int i = 0; i < letters.length; i++) {
            String letter = letters[i];
            Optional<String> refused = letter.length() == 1 ? session.move(letter.charAt(0))
                    : Optional.of("'" + letter + "' is not a thread's letter");
            if (refused.isPresent()) {
                app.console().err().println("concur: move " + (i + 1) + " (" + letter + ") is not allowed: " + refused.get());
                app.console().err().flush();
                return ExitCode.USAGE;
            }
        }
        GameScreen screen = new GameScreen(app.console().style(), app.console().width());
        screen.render(session, false, null).forEach(out::println);
        Interpreter.Outcome outcome = session.outcome();
        out.println(switch (outcome) {
            case WON -> "won in " + session.moves().size() + " moves"
                    + session.game().thrownText(session.state()).map(t -> ": " + t).orElse("");
            case LOST -> "lost: no thread can move, and the goal was not reached";
            case PLAYING -> "not won: the moves ended before the goal was reached";
        });
        out.flush();
        if (outcome == Interpreter.Outcome.WON) {
            if (file == null) {
                app.progress().recordLevelWon(game.level().id());
            }
            return ExitCode.OK;
        }
        return ExitCode.FAILED;
    }

}
