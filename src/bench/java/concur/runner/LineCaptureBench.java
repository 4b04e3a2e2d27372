package concur.runner;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** What capturing and tagging a printed line costs, against a plain PrintStream writing to a null sink. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LineCaptureBench {
    private static final String LINE = "counter-A printed the number 12345 here";
    private PrintStream plain;
    private PrintStream captured;

    @Setup
    public void setUp(Blackhole blackhole) {
        plain = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        LineCapture capture = new LineCapture(blackhole::consume, System.nanoTime());
        captured = new PrintStream(capture.stream(false), true, StandardCharsets.UTF_8);
    }

    @Benchmark
    public void plainPrintStream() {
        plain.println(LINE);
    }

    @Benchmark
    public void capturedAndTagged() {
        captured.println(LINE);
    }
}
