package concur.verify;

import concur.runner.ChildProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the verifier's harness in a child JVM with a time budget and reads its report. The report counts only on lines
 * that start with a random token handed to the child on stdin, which the learner's code never sees; a child that
 * exits, dies or runs out of time before its last report line is never a pass.
 */
final class ChildVerifier {
    static final String MAIN = "concur.verifier.VerifierMain";
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ChildProcesses children;

    ChildVerifier(ChildProcesses children) {
        this.children = children;
    }

    /** What the child reported, or why it did not. */
    record Report(Map<String, String> fields, Outcome outcome, String problem) {
        String get(String key) {
            return fields.getOrDefault(key, "");
        }

        long number(String key) {
            try {
                return Long.parseLong(get(key));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    enum Outcome { REPORTED, TIMEOUT, NO_REPORT }

    Report run(String mode, List<Path> classPath, String scenarioClass, String fileName, Duration budget) {
        String token = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        List<String> command = command(mode, classPath, scenarioClass, fileName);
        Process process;
        try {
            process = children.startWithInput(command);
        } catch (IOException e) {
            return new Report(Map.of(), Outcome.NO_REPORT, "cannot start the verifier's JVM: " + e.getMessage());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        boolean[] ended = {false};
        Thread reader = read(process.getInputStream(), line -> {
            if (!line.startsWith(token + " ")) {
                return;
            }
            String rest = line.substring(token.length() + 1);
            int eq = rest.indexOf('=');
            synchronized (fields) {
                if (rest.equals("end")) {
                    ended[0] = true;
                } else if (eq > 0 && !ended[0]) {
                    fields.put(rest.substring(0, eq), unescape(rest.substring(eq + 1)));
                }
            }
        });
        Thread drain = read(process.getErrorStream(), line -> { });
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write((token + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the child died at once; its exit says so below
            }
            boolean exited = process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS);
            if (exited) {
                reader.join(GRACE.toMillis());
            }
            synchronized (fields) {
                if (ended[0]) {
                    return new Report(Map.copyOf(fields), Outcome.REPORTED, null);
                }
            }
            if (!exited) {
                return new Report(Map.of(), Outcome.TIMEOUT, "ran past its time budget of " + budget.toSeconds() + " s and was ended");
            }
            return new Report(Map.of(), Outcome.NO_REPORT, "the JVM running your code ended before the verifier could report"
                    + " (exit code " + process.exitValue() + "): does your code call System.exit or halt?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(Map.of(), Outcome.TIMEOUT, "interrupted");
        } finally {
            children.end(process, GRACE);
            drain.interrupt();
        }
    }

    private static List<String> command(String mode, List<Path> classPath, String scenarioClass, String fileName) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xshare:auto", "-Xss1m"));
        if (mode.equals("model")) {
            // Lincheck attaches its agent at run time; quick start-up matters more than peak speed here.
            command.addAll(List.of("-XX:+EnableDynamicAgentLoading", "-XX:TieredStopAtLevel=1"));
            if (Runtime.version().feature() >= 23) {
                command.add("--sun-misc-unsafe-memory-access=allow");
            }
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                MAIN, mode, scenarioClass, fileName));
        return command;
    }

    private static Thread read(InputStream stream, java.util.function.Consumer<String> onLine) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "concur-verifier-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static String unescape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                sb.append(next == 'n' ? '\n' : next);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
