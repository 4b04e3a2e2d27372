package concur.verify;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Style;
import concur.exercise.Exercise;
import concur.exercise.ExerciseCatalog;
import concur.catalog.LessonCatalog;
import concur.runner.ChildProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong fixes are caught, right ones in several styles pass, and nothing hostile code does makes a pass: each case is
 * a learner's file under src/test/resources/verify/<exercise>/, verified exactly as concur verify does (child JVMs).
 */
class VerifierIT {
    private static ExerciseCatalog exercises;
    private static Verifier verifier;

    @BeforeAll
    static void load() {
        exercises = ExerciseCatalog.load(LessonCatalog.load(java.nio.file.Path.of("lessons"), "lessons"));
        verifier = new Verifier(new ChildProcesses());
    }

    private static Verification verify(String exercise, String fixture) throws IOException {
        try (InputStream in = VerifierIT.class.getResourceAsStream("/verify/" + exercise + "/" + fixture + ".java")) {
            assertThat(in).as(fixture).isNotNull();
            return verifier.verify(exercises.resolve(exercise), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static final String INTERLEAVING = "an interleaving gives results no one-at-a-time order could";

    /**
     * Each fix gets its status for its stated reason: a failure's message contains one of the reasons given (split at
     * |), so a wrong fix that fails for some other cause shows up.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        // wrong fixes
        "counter; VolatileIncrement; failed; " + INTERLEAVING,
        "counter; LockPerCall; failed; " + INTERLEAVING,
        "counter; AtomicGetThenSet; failed; " + INTERLEAVING,
        "transfer; NoLocks; failed; " + INTERLEAVING,
        "transfer; GivesUp; failed; " + INTERLEAVING,
        "transfer; OrderedButOutside; failed; " + INTERLEAVING,
        "transfer; LockedByArgumentThenIndex; failed; deadlock",
        "transfer; OneAtATime; failed; " + INTERLEAVING,
        "transfer; TotalOneAtATime; failed; " + INTERLEAVING,
        "doorbell; ReturnsAtOnce; failed; " + INTERLEAVING,
        "doorbell; NoNotify; failed; the wake-up it waits for was lost",
        "doorbell; CheckOutsideLock; failed; the wake-up it waits for was lost",
        "doorbell; IfNotWhile; failed; " + INTERLEAVING,
        "doorbell; NotifyOne; failed; did not finish within",
        "doorbell; SemaphoreOnce; failed; did not finish within",
        "sum; Sleeps; failed; waited with Thread.sleep|data race on",
        "sum; RunNotStart; failed; made threads but started none",
        "sum; PlainLoop; failed; made no thread",
        "sum; OneAtATime; failed; never made a thread while another it had started was still running",
        "workers; Sleeps; failed; tasks had finished",
        "workers; TimedJoin; failed; tasks had finished",
        "workers; OneAtATime; failed; did not finish within",
        "config; UpdateAndGet; failed; the loader ran",
        "config; VolatileCheckThenLoad; failed; " + INTERLEAVING,
        "pipeline; CheckThenPoll; failed; died of an exception nothing caught: NullPointerException",
        "pipeline; Sleeps; failed; waited with Thread.sleep|data race on",
        "pipeline; NoJoin; failed; it must wait until every consumer has finished",
        "pipeline; PlainList; failed; some were lost|some results were lost|died of an exception nothing caught|data race on the ArrayList",
        "squares; SortsResults; failed; the right squares, in another order",
        "squares; Sleeps; failed; waited with Thread.sleep|data race on",
        "squares; NoShutdown; failed; still running 2 s after of() returned",
        "heartbeat; NeverStarted; failed; no thread it started printed anything",
        "heartbeat; DaemonAfterStart; failed; IllegalThreadStateException at Heartbeat.java:",
        "greeter; RemoveNotInFinally; failed; an earlier request that threw left its user on the thread",
        "tally; VolatileCount; failed; multiplesOf3(values, |data race on Tally.count",
        "tally; AtomicPerValue; failed; the threads take turns on a shared counter",
        // wrong under the memory model, or in a window too narrow for the stress run: the instrumented run's catch
        "config; DoubleCheckedPlain; failed; data race on Config.value",
        "counter; PlainGet; failed; data race on Counter.count",
        "doorbell; IfOnPrivateLock; failed; await() returned before ring() was called",
        "heartbeat; PlainStopFlag; failed; data race on Heartbeat.",
        "squares; SharedHashMap; failed; data race on the HashMap",
        "squares; LastFutureOnly; failed; data race on",
        "sum; TimedJoin; failed; data race on|expected",
        "sum; LastFutureOnly; failed; data race on",
        "sum; VolatileFinishedCount; failed; did not finish",
        "tally; VolatileAddOnce; failed; multiplesOf3(values, ",
        "workers; VolatileFinishedCount; failed; did not finish",
        "pipeline; SharedVolatileItem; failed; not each item doubled exactly once|came back|returned with",
        "rates; LocalCopy; failed; data race on Rates.table",
        "rates; FinalHolderReadTwice; failed; data race on Rates.loaded",
        "latest; FinalFields; failed; data race on Latest.latest",
        "latest; LockedPublishOnly; failed; data race on Latest.latest",
        // wrong in an interleaving too: the model checker's catch
        "rates; FlagBeforeTable; failed; your code threw an exception|data race on Rates.table",
        "rates; LockOnlyTheLoad; failed; " + INTERLEAVING + "|the table was loaded",
        "latest; ReusedReading; failed; " + INTERLEAVING + "|data race on Latest$Reading|a reading seen half made",
        "word-count; SynchronizedMapGetThenPut; failed; " + INTERLEAVING + "|after it had given",
        "word-count; PutIfAbsentThenPut; failed; " + INTERLEAVING + "|and count gave|after it had given",
        "word-count; SharedHashMap; failed; " + INTERLEAVING + "|data race on the HashMap|after it had given",
        "word-count; LockedAddOnly; failed; data race on the HashMap",
        "registry; PutIfAbsentEager; failed; " + INTERLEAVING,
        "registry; GetThenPutIfAbsent; failed; " + INTERLEAVING,
        "registry; HashMapComputeIfAbsent; failed; your code threw an exception|data race on the HashMap",
        "quotes; OrTimeoutOnly; failed; cheapest() threw",
        "quotes; ExceptionallyOnly; failed; did not finish within",
        "quotes; AnyOf; failed; the cheapest in time was",
        "quotes; SharedMinInCallbacks; failed; data race on element 0 of a int[]|the cheapest in time was",
        "receipt; HandleReturnsValue; failed; completed normally",
        "receipt; WrappedToAudit; failed; audit was told of [CompletionException",
        "receipt; RethrowsNew; failed; not with the payment's own Declined",
        "receipt; BlocksCaller; failed; did not finish within",
        "pool; ReleaseNotInFinally; failed; did not finish within|of 100 calls finished",
        "pool; SynchronizedUse; failed; never inside together",
        "pool; CountWithoutLock; failed; data race on ConnectionPool.inUse|callers were inside a pool of",
        "pool; Uninterruptible; failed; still got in|did not get InterruptedException",
        "cache; NoRecheck; failed; " + INTERLEAVING,
        "cache; ReadWithoutLock; failed; data race on the HashMap",
        // right fixes, in several styles
        "counter; Synchronized; passed; verified",
        "counter; Lock; passed; verified",
        "counter; Atomic; passed; verified",
        "counter; Adder; passed; verified",
        "counter; VolatileRead; passed; verified",
        "counter; ImmutableSnapshot; passed; verified",
        "transfer; OneBigLock; passed; verified",
        "transfer; OrderedReentrantLocks; passed; verified",
        "doorbell; Latch; passed; verified",
        "doorbell; VolatileSpin; passed; verified",
        "doorbell; LockCondition; passed; verified",
        "doorbell; CompletableFutureBell; passed; verified",
        "sum; Futures; passed; verified",
        "sum; CompletableFutures; passed; verified",
        "sum; Latch; passed; verified",
        "sum; VirtualThreads; passed; verified",
        "workers; Latch; passed; verified",
        "workers; Executor; passed; verified",
        "workers; SpinOnIsAlive; passed; verified",
        "config; ReentrantLock; passed; verified",
        "config; DoubleCheckedVolatile; passed; verified",
        "config; FutureTask; passed; verified",
        "pipeline; PoisonPills; passed; verified",
        "pipeline; OwnListsJoined; passed; verified",
        "pipeline; ExecutorFutures; passed; verified",
        "squares; InvokeAll; passed; verified",
        "squares; CompletableFutures; passed; verified",
        "squares; SlotsAndAwait; passed; verified",
        "heartbeat; VirtualHeartbeat; passed; verified",
        "heartbeat; StopFlagAndJoin; passed; verified",
        "heartbeat; InterruptAndJoin; passed; verified",
        "greeter; SetEveryTime; passed; verified",
        "greeter; RemoveFirst; passed; verified",
        "tally; ParallelStream; passed; verified",
        "tally; LongAdderPerValue; passed; verified",
        "tally; SlotIncrementedInLoop; passed; verified",
        "tally; SynchronizedAddOnce; passed; verified",
        "tally; Futures; passed; verified",
        "rates; SynchronizedRate; passed; verified",
        "latest; AtomicReferenceLatest; passed; verified",
        "latest; SynchronizedBoth; passed; verified",
        "word-count; Compute; passed; verified",
        "word-count; LongAdders; passed; verified",
        "word-count; SynchronizedHashMap; passed; verified",
        "registry; SynchronizedGet; passed; verified",
        "quotes; OneDeadline; passed; verified",
        "receipt; ExceptionallyRethrows; passed; verified",
        "pool; AcquiredFlag; passed; verified",
        "pool; LockAndCondition; passed; verified",
        "cache; Synchronized; passed; verified",
        "cache; Concurrent; passed; verified"})
    void fixesAreClassified(String exercise, String fixture, String status, String reasons) throws IOException {
        Verification v = verify(exercise, fixture);
        assertThat(v.status().label()).as(v.message()).isEqualTo(status);
        assertThat(java.util.Arrays.stream(reasons.split("\\|")).anyMatch(v.message()::contains))
                .as("%s, expected to say one of: %s", v.message(), reasons).isTrue();
        if (v.passed()) {
            assertThat(v.interleavings() > 0 || v.modelNote().isPresent()).as("model checked, or said why not").isTrue();
            assertThat(v.trials()).isPositive();
            assertThat(v.failures()).isZero();
        }
    }

    /** The interleaving a contract gap hid: total() seeing a transfer half done. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"OneAtATime", "TotalOneAtATime"})
    void aTransferIsNeverSeenHalfDone(String fixture) throws IOException {
        Verification v = verify("transfer", fixture);
        assertThat(v.trace()).as(v.message()).hasValueSatisfying(trace -> assertThat(trace).containsPattern("total\\(\\): (290|310)"));
    }

    /**
     * Bugs a model checker cannot see (it assumes every read sees the latest write, and runs few calls): the race
     * detector names the racing field, whatever values the run gave.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"counter, RacyAfterWarmUp, Counter.count", "doorbell, SpinOnPlainFlag, Doorbell.rung",
            "rates, LocalCopy, Rates.table", "rates, Rates, Rates.table", "latest, FinalFields, Latest.latest",
            "latest, LockedPublishOnly, Latest.latest"})
    void onlyRealThreadsCatchSome(String exercise, String fixture, String field) throws IOException {
        Verification v = verify(exercise, fixture);
        assertThat(v.status()).as(v.message()).isEqualTo(Verification.Status.FAILED);
        assertThat(v.trace()).as("the model checker found nothing: the race detector did").isEmpty();
        assertThat(v.races().race()).hasValueSatisfying(race -> {
            assertThat(race.variable()).isEqualTo(field);
            assertThat(race.earlier().write() || race.later().write()).isTrue();
            assertThat(race.earlier().line()).isPositive();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"FakePass", "Exits", "Spins", "Throws", "StrayThread"})
    void hostileCodeNeverPasses(String fixture) throws IOException {
        Verification v = verify("counter", fixture);
        assertThat(v.status()).as(v.message()).isIn(Verification.Status.FAILED, Verification.Status.TIMEOUT);
    }

    /**
     * The learner's own printing is shown under the verdict, from the interleaving that failed, and nothing it prints
     * (a verdict of its own, escape sequences, a line on the report's stream) changes the verdict.
     */
    @Test
    void whatAFailingFixPrintsIsShownAndChangesNothing() throws IOException {
        Verification v = verify("counter", "PrintsAndLosesUpdates");
        assertThat(v.status()).as(v.message()).isEqualTo(Verification.Status.FAILED);
        assertThat(v.message()).isEqualTo(INTERLEAVING);
        assertThat(v.output().of()).isEqualTo("the interleaving that failed");
        assertThat(v.output().lines()).filteredOn(l -> l.startsWith("increment: read ")).hasSize(2);
        assertThat(v.output().lines()).contains("\u2713 counter: verified\u001b[1A\u001b[2K");
        String text = VerdictFormat.text(v, Style.PLAIN, 80);
        assertThat(text).startsWith("x counter: not yet\n").doesNotContain("\u001b")
                .contains("  | increment: read 0", "  | \u2713 counter: verified^[[1A^[[2K");
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Your code printed (System.out and System.err), in the interleaving that failed:");
        assertThat(text.indexOf("Your code printed")).isGreaterThan(text.indexOf("checked: "));
    }

    /** A pass shows what one of its trials printed, at most 20 lines and how many more there were. */
    @Test
    void whatAPassingFixPrintsIsShownCapped() throws IOException {
        Verification v = verify("counter", "PrintsEveryIncrement");
        assertThat(v.status()).as(v.message()).isEqualTo(Verification.Status.PASSED);
        assertThat(v.output().of()).isEqualTo("trial 1 on real threads");
        assertThat(v.output().lines()).hasSize(20).allSatisfy(l -> assertThat(l).startsWith("count is now "));
        // 3 threads increment 20,000 times each in a stress trial, and each increment prints one line
        assertThat(v.output().more()).isEqualTo(60_000 - 20);
        assertThat(VerdictFormat.text(v, Style.PLAIN, 80)).contains("  ... 59980 more lines\n");
        assertThat(VerdictFormat.json(v)).contains("\"output\":{\"of\":\"trial 1 on real threads\",\"lines\":[\"count is now ",
                "\"more\":59980}");
    }

    @Test
    void aScenarioSaysWhyItHasNoModelCheck() throws IOException {
        Verification v = verify("pool", "AcquiredFlag");
        assertThat(v.modelNote()).as(v.message()).hasValue("the check interrupts a waiting caller, which the model checker cannot do");
    }

    @Test
    void exitingIsSaidPlainly() throws IOException {
        assertThat(verify("counter", "Exits").message()).contains("ended before the verifier could report");
    }

    @Test
    void aCompileErrorShowsFileLineAndTheLine() throws IOException {
        Verification v = verify("counter", "DoesNotCompile");
        assertThat(v.status()).isEqualTo(Verification.Status.COMPILE_ERROR);
        assertThat(VerdictFormat.text(v, Style.PLAIN, 80)).contains("Counter.java:5: ';' expected", "        count++");
    }

    @Test
    void aRenamedMethodIsExplained() throws IOException {
        Verification v = verify("counter", "RenamedMethod");
        assertThat(v.status()).isEqualTo(Verification.Status.COMPILE_ERROR);
        assertThat(VerdictFormat.text(v, Style.PLAIN, 80)).contains("the exercise's check cannot use it");
    }

    @Test
    void aLostUpdateIsShownAsTheLearnersLines() {
        Exercise counter = exercises.resolve("counter");
        Verification v = verifier.verify(counter, counter.starter());
        String text = VerdictFormat.text(v, Style.PLAIN, 100);
        assertThat(text).contains("thread 1", "thread 2", "Counter:6 count++;", "reads count: 0", "writes count = 1",
                "Got get(): 1; one call at a time, it would be get(): 2.");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(VerdictFormat.text(v, Style.PLAIN, 40).lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    }

    @Test
    void aDeadlockNamesWhoHoldsWhatAndWaits() {
        Exercise transfer = exercises.resolve("transfer");
        Verification v = verifier.verify(transfer, transfer.starter());
        assertThat(VerdictFormat.text(v, Style.PLAIN, 100).replaceAll("\\s+", " ")).contains(
                "thread 1 holds the lock taken at line 16 (synchronized (locks[from]) {) and waits for a lock at line 17",
                "thread 2 holds the lock taken at line 16");
    }

    @Test
    void aDataRaceShowsBothAccessesAndWhatTheMemoryModelAllows() {
        Exercise squares = exercises.resolve("squares");
        Verification v = verifier.verify(squares, squares.starter());
        assertThat(v.status()).isEqualTo(Verification.Status.FAILED);
        assertThat(v.message()).startsWith("data race on the ArrayList: ").contains("Squares.java:13", "nothing orders the two");
        String text = VerdictFormat.text(v, Style.PLAIN, 100);
        assertThat(text).contains("The two accesses that race", "Squares:13 pool.submit(", "calls add(), which changes it",
                "is not thread-safe");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        String narrow = VerdictFormat.text(v, Style.PLAIN, 40);
        assertThat(narrow).contains("T1 | Squares:13", "T2 | Squares:13");
        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(VerdictFormat.json(v)).contains("\"race_detection\":{\"trials\":1", "\"variable\":\"the ArrayList\"",
                "\"at\":\"Squares.java:13\"", "\"access\":\"write\"");
    }

    @Test
    void aPassNamesTheEdgesSeenInTheLearnersCode() {
        Exercise counter = exercises.resolve("counter");
        Verification v = verifier.verify(counter, counter.solution());
        assertThat(v.passed()).as(v.message()).isTrue();
        assertThat(v.races().race()).isEmpty();
        assertThat(v.races().edges()).containsExactly("the lock of a Counter");
        assertThat(v.coverage()).containsPattern("no data race in \\d+ instrumented trials")
                .contains("the memory model promises that every execution is one of the interleavings explored");
    }

    @Test
    void aPassSaysHowSure() {
        Exercise doorbell = exercises.resolve("doorbell");
        Verification v = verifier.verify(doorbell, doorbell.solution());
        assertThat(v.coverage()).matches("all \\d+ interleavings explored \\(complete\\); no data race in \\d+ instrumented trials"
                + " \\(happens-before checked, \\d+ spurious wake-ups injected\\): with no data race, the memory model promises"
                + " that every execution is one of the interleavings explored; \\d+ trials of 3 threads on \\d+ cores?, no failure");
        assertThat(VerdictFormat.json(v)).contains("\"status\":\"passed\"", "\"complete\":true", "\"threads\":3");
    }
}
