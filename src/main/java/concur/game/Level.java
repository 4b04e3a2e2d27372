package concur.game;

import com.github.javaparser.ast.expr.Expression;
import concur.catalog.LevelSpec;
import java.util.List;
import java.util.Optional;

/**
 * A level ready to play: its shared fields, its threads compiled to atomic steps, and its winning condition.
 *
 * @param objects how many objects the fields' initializers made, so that the threads' objects are numbered after them
 */
public record Level(LevelSpec spec, List<Field> fields, List<ThreadCode> threads, Expression win, int objects) {

    /**
     * One shared field.
     *
     * @param primitive what kind of shared object it is, or null for a plain value (an int, a String, an object)
     * @param initial   a plain field's starting value, or a primitive's starting state
     * @param owner     for a view such as {@code rw.readLock()}: the field its calls go to, else null
     * @param prefix    what a view puts before a method's name on the owner, such as "readLock()."
     */
    record Field(String name, Primitive primitive, String type, boolean isVolatile, Object initial, int line, String owner,
            String prefix) {
        boolean isValue() {
            return primitive == null;
        }
    }

    /**
     * A try statement (or a synchronized block, which lets go of its monitor however it is left) in a thread's steps.
     *
     * @param tryStart     the first step of the try block
     * @param catchStart   the first step after it: the catch blocks, then the finally block
     * @param finallyStart the first step of the finally block
     * @param end          the step that ends the finally block, going on with what left the try (an exception, a return)
     */
    record Region(int tryStart, int catchStart, int finallyStart, int end, List<Catch> catches) {}

    /** One catch clause: the exception classes it takes, where its body starts, and the name it binds. */
    record Catch(List<String> types, int start, String variable) {}

    /**
     * One thread: a method of the level's class.
     *
     * @param firstLine the file line after the method's opening brace
     * @param lastLine  the file line before its closing brace
     */
    record ThreadCode(char letter, String name, List<Step> steps, List<Region> regions, int firstLine, int lastLine) {}

    public String id() {
        return spec.id();
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    boolean tso() {
        return spec.tso();
    }

    /** The letters that step each thread, in order: A, B, ... */
    public String letters() {
        StringBuilder sb = new StringBuilder();
        threads.forEach(t -> sb.append(t.letter()));
        return sb.toString();
    }
}
