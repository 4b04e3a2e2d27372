package concur.verify;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the verifier's own class path is: {@code verifier/classes} (its harness) and {@code verifier/lib} (Lincheck
 * and what it brings), laid out by the build beside concur.jar, never inside it.
 */
record VerifierInstall(Path classes, List<Path> libraries) {
    static final String PROPERTY = "concur.verifier";

    /** The install beside concur's own classes (or named by -Dconcur.verifier), if it is there. */
    static Optional<VerifierInstall> find() {
        String named = System.getProperty(PROPERTY, "");
        Path root;
        if (!named.isEmpty()) {
            root = Path.of(named);
        } else {
            try {
                Path code = Path.of(VerifierInstall.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                root = code.getParent().resolve("verifier");
            } catch (URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return at(root);
    }

    static Optional<VerifierInstall> at(Path root) {
        Path classes = root.resolve("classes");
        Path lib = root.resolve("lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            return Optional.empty();
        }
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
        } catch (IOException e) {
            return Optional.empty();
        }
        return jars.isEmpty() ? Optional.empty() : Optional.of(new VerifierInstall(classes, jars));
    }

    /** What the learner's file and the scenario compile against: the harness and Lincheck's annotations. */
    List<Path> compileClassPath() {
        List<Path> path = new ArrayList<>(List.of(classes));
        libraries.stream().filter(p -> p.getFileName().toString().startsWith("lincheck-")).forEach(path::add);
        return path;
    }

    List<Path> runClassPath(Path compiled) {
        List<Path> path = new ArrayList<>(List.of(compiled, classes));
        path.addAll(libraries);
        return path;
    }
}
