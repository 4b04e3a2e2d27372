package concur.cli;

import concur.runner.Pace;

/**
 * How a lesson is played: for a learner, the defaults; for an instructor in front of a class, perhaps a pause
 * before each demo, slow motion, and no prose.
 *
 * @param step  pause before each demo, with a heading saying what comes
 * @param prose show the lesson's prose
 * @param pace  how fast demo threads go
 * @param timeline draw each demo's thread timeline after it
 */
record PlayOptions(boolean step, boolean prose, Pace pace, boolean timeline) {
    static final PlayOptions LEARNER = new PlayOptions(false, true, Pace.NORMAL, true);
}
