package concur.game;

import com.github.javaparser.ast.expr.Expression;
import concur.catalog.LevelSpec;
import java.util.List;
import java.util.Optional;

/**
 * A level ready to play: its shared fields, its threads compiled to atomic steps, and its winning condition.
 */
public record Level(LevelSpec spec, List<Field> fields, List<ThreadCode> threads, Expression win) {

    /** The kinds of shared field the interpreter knows. */
    enum Kind { VALUE, LOCK, LATCH, QUEUE, THREAD_LOCAL }

    /**
     * One shared field.
     *
     * @param initial  the starting value of a VALUE field, or the starting count of a LATCH
     * @param capacity how many elements a QUEUE holds before put() blocks
     */
    record Field(String name, Kind kind, String type, boolean isVolatile, Object initial, int capacity, int line) {}

    /**
     * One thread: a method of the level's class.
     *
     * @param firstLine the file line after the method's opening brace
     * @param lastLine  the file line before its closing brace
     */
    record ThreadCode(char letter, String name, List<Step> steps, int firstLine, int lastLine) {}

    public String id() {
        return spec.id();
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The letters that step each thread, in order: A, B, ... */
    public String letters() {
        StringBuilder sb = new StringBuilder();
        threads.forEach(t -> sb.append(t.letter()));
        return sb.toString();
    }
}
