package concur.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's own editor, as a shell and git find it: $VISUAL, else $EDITOR. The setting is run by {@code sh}, so
 * it may hold arguments ("code --wait", "emacs -nw"), and the file is handed to it as one more argument.
 *
 * @param setting what VISUAL or EDITOR says; empty when neither is set
 */
record Editor(String setting) {

    static Editor of(Map<String, String> env) {
        for (String name : List.of("VISUAL", "EDITOR")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return new Editor(value.strip());
            }
        }
        return new Editor("");
    }

    /** The command that opens {@code file}; empty when no editor is set. */
    Optional<List<String>> command(Path file) {
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of("sh", "-c", setting + " \"$1\"", "sh", file.toString()));
    }

    String name() {
        return setting.split("\\s+")[0];
    }
}
