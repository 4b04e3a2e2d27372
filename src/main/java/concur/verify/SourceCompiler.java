package concur.verify;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the learner's file and the exercise's scenario in this JVM, with the JDK's own compiler, and words each
 * error as {@code File.java:LINE: message} with that line shown.
 */
final class SourceCompiler {
    /** A file to compile; {@code learners} marks the one the learner wrote. */
    record Source(String fileName, String text, boolean learners) {}

    /** Whether it compiled, and each error already worded for the learner. */
    record Result(boolean ok, List<String> errors) {}

    private SourceCompiler() {}

    static Result compile(List<Source> sources, List<Path> classPath, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return new Result(false, List.of("this Java has no compiler (a JRE, not a JDK): run concur with a JDK 21 or later"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<URI, Source> byUri = new HashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        for (Source source : sources) {
            JavaFileObject unit = new InMemorySource(source);
            byUri.put(unit.toUri(), source);
            units.add(unit);
        }
        List<String> options = List.of("-proc:none", "-nowarn", "-Xlint:none", "-g", "-implicit:none",
                "-cp", String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "-d", out.toString());
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
            ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        } catch (java.io.IOException e) {
            return new Result(false, List.of("cannot compile: " + e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        List<String> scenarioErrors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Source source = d.getSource() == null ? null : byUri.get(d.getSource().toUri());
            String worded = word(d, source);
            if (source == null || source.learners()) {
                errors.add(worded);
            } else {
                scenarioErrors.add(worded);
            }
        }
        if (errors.isEmpty() && !scenarioErrors.isEmpty()) {
            // The learner's file compiled, but the exercise's check cannot call it: a method or constructor it needs
            // was renamed or removed. Show what the check expected.
            errors.add("your class compiles, but the exercise's check cannot use it: keep the public constructor and"
                    + " methods the task names");
            errors.addAll(scenarioErrors);
        }
        return new Result(ok && errors.isEmpty(), errors);
    }

    private static String word(Diagnostic<? extends JavaFileObject> d, Source source) {
        String message = d.getMessage(Locale.ENGLISH);
        String first = message.lines().findFirst().orElse(message);
        if (source == null || d.getLineNumber() <= 0) {
            return (source == null ? "" : source.fileName() + ": ") + first;
        }
        int line = (int) d.getLineNumber();
        String code = source.text().lines().skip(line - 1).findFirst().orElse("");
        StringBuilder sb = new StringBuilder(source.fileName() + ":" + line + ": " + first + "\n    " + code.stripTrailing());
        if (d.getColumnNumber() > 0) {
            int column = (int) d.getColumnNumber() - 1;
            StringBuilder pad = new StringBuilder();
            for (int i = 0; i < column && i < code.length(); i++) {
                pad.append(code.charAt(i) == '\t' ? '\t' : ' ');
            }
            sb.append("\n    ").append(pad).append('^');
        }
        return sb.toString();
    }

    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String text;

        InMemorySource(Source source) {
            super(URI.create("string:///" + source.fileName()), Kind.SOURCE);
            this.text = source.text();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
