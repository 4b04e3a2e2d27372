package concur.quiz;

import concur.catalog.Question;
import java.util.Optional;
import java.util.Set;

/**
 * Where quiz answers come from: a person at a terminal picking with keys, or lines of input. Each shows the choices
 * its own way. An empty result means the learner is done (q, end of input, Ctrl-D, Ctrl-C): the quiz ends there.
 */
public interface AnswerSource {

    /** The indexes of the picked choices. */
    Optional<Set<Integer>> choose(Question.Choice question);

    /** A typed answer. */
    Optional<String> type(Question.Typed question);

    /**
     * Whether the last empty answer was Ctrl-C, which stops the whole run (exit 130), rather than q, Ctrl-D or the
     * end of input, which only leave.
     */
    default boolean interrupted() {
        return false;
    }
}
