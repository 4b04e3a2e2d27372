package concur.verify;

import concur.runner.ChildProcesses;
import concur.runner.LinePump;
import java.io.IOException;
import java.io.InputStream;
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
 * exits, dies or runs out of time before its last report line is never a pass. Each child works in a private folder
 * (its working folder and its temp folder), removed when it ends: Lincheck writes a jar into the temp folder and the
 * child halts without its exit hooks, so nothing would ever remove it.
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

    /**
     * Starts the child before the learner's classes exist, so that its JVM (and, for model checking, Lincheck) warms
     * up while concur compiles; nothing of the learner's runs until {@link Running#go}.
     */
    Running start(String mode, List<Path> classPath, String scenarioClass, String fileName) {
        String token = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        Process process;
        Path folder;
        try {
            folder = ChildProcesses.privateFolder("concur-verifier-");
            process = children.startWithInput(command(mode, classPath, scenarioClass, fileName, folder.resolve("tmp")), folder);
        } catch (IOException e) {
            return new Running(null, null, token, "cannot start the verifier's JVM: " + e.getMessage());
        }
        Running running = new Running(process, folder, token, null);
        running.send(token);
        return running;
    }

    /** A started child, waiting for go. */
    final class Running {
        private final Process process;
        private final Path folder;
        private final String token;
        private final String problem;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private boolean ended;
        private boolean released;
        private final Thread reader;
        private final Thread drain;

        private Running(Process process, Path folder, String token, String problem) {
            this.process = process;
            this.folder = folder;
            this.token = token;
            this.problem = problem;
            this.reader = process == null ? null : read(process.getInputStream(), this::line);
            this.drain = process == null ? null : read(process.getErrorStream(), line -> { });
        }

        private void line(String line) {
            if (!line.startsWith(token + " ")) {
                return; // anything the learner's code printed, or wrote straight to the stream
            }
            String rest = line.substring(token.length() + 1);
            int eq = rest.indexOf('=');
            synchronized (fields) {
                if (rest.equals("end")) {
                    ended = true;
                } else if (eq > 0 && !ended) {
                    fields.put(rest.substring(0, eq), unescape(rest.substring(eq + 1)));
                }
            }
        }

        private void send(String line) {
            if (process == null) {
                return;
            }
            try {
                OutputStream in = process.getOutputStream();
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                // the child died; waiting for its report says so
            }
        }

        /** Not needed after all: the child ends without running anything of the learner's. */
        void stop() {
            if (process != null) {
                send("stop");
                children.end(process, GRACE, folder);
            }
        }

        /** Lets the child run the learner's code, without waiting for it (several may run at once). */
        void release() {
            if (process == null || released) {
                return;
            }
            released = true;
            send("go");
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // as above
            }
        }

        /** Lets the child run the learner's code and waits, at most {@code budget} from now, for its report. */
        Report go(Duration budget) {
            if (process == null) {
                return new Report(Map.of(), Outcome.NO_REPORT, problem);
            }
            release();
            try {
                boolean exited = process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS);
                if (exited) {
                    reader.join(GRACE.toMillis());
                }
                synchronized (fields) {
                    if (ended) {
                        return new Report(Map.copyOf(fields), Outcome.REPORTED, null);
                    }
                }
                if (!exited) {
                    return new Report(Map.of(), Outcome.TIMEOUT, "ran past its time budget of " + budget.toSeconds() + " s and was ended");
                }
                return new Report(Map.of(), Outcome.NO_REPORT, "the JVM running your code ended before the verifier could"
                        + " report (exit code " + process.exitValue() + "): does your code call System.exit or halt?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Report(Map.of(), Outcome.TIMEOUT, "interrupted");
            } finally {
                children.end(process, GRACE, folder);
                drain.interrupt();
            }
        }
    }

    static List<String> command(String mode, List<Path> classPath, String scenarioClass, String fileName, Path tmp) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xshare:auto", "-Xss1m", "-Djava.io.tmpdir=" + tmp,
                // no /tmp/hsperfdata_<user>/<pid> file, which a child ended forcibly would leave behind
                "-XX:-UsePerfData"));
        if (mode.equals("model")) {
            // Lincheck gets its instrumentation through Byte Buddy's agent. Loaded at start-up, it is there already;
            // else Byte Buddy starts one more JVM to attach to this one, which leaves an .attach_pid file in the
            // working folder when ended mid-way. Quick start-up matters more than peak speed here.
            classPath.stream().filter(p -> p.getFileName().toString().startsWith("byte-buddy-agent-")).findFirst()
                    .ifPresent(agent -> command.add("-javaagent:" + agent));
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
        return LinePump.start(stream, onLine, "concur-verifier-pump");
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
