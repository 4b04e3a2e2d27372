package concur.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so that every content error can say where it is.
 * Only the shapes lessons use are offered: maps with known keys, lists, and scalars.
 */
public final class YamlNode {
    private final String file;
    private final Node node;

    private YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    public static YamlNode parse(String file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                throw new ContentException(new ContentError(file, 1, "the file is empty"));
            }
            return new YamlNode(file, root.get());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            throw new ContentException(new ContentError(file, line, "not valid YAML: " + problem));
        } catch (YamlEngineException e) {
            throw new ContentException(new ContentError(file, 0, "not valid YAML: " + e.getMessage()));
        }
    }

    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public ContentException error(String message) {
        return new ContentException(new ContentError(file, line(), message));
    }

    public String file() {
        return file;
    }

    /** The entries of a mapping, refusing keys outside {@code allowed} so that typos are caught. */
    public Map<String, YamlNode> map(String what, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(what + " must be a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode());
            String name = key.scalar("a key");
            if (!allowed.contains(name)) {
                throw key.error("unknown key '" + name + "' in " + what + " (expected one of " + String.join(", ", allowed) + ")");
            }
            if (entries.put(name, new YamlNode(file, tuple.getValueNode())) != null) {
                throw key.error("key '" + name + "' is given twice in " + what);
            }
        }
        return entries;
    }

    public List<YamlNode> list(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(what + " must be a list");
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, item));
        }
        return items;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public String scalar(String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(what + " must be a single value, not a list or mapping");
        }
        return scalar.getValue();
    }

    /** A scalar that must hold some text. */
    public String text(String what) {
        String value = scalar(what).strip();
        if (value.isEmpty()) {
            throw error(what + " is empty");
        }
        return value;
    }

    public static YamlNode required(Map<String, YamlNode> entries, String key, YamlNode owner, String what) {
        YamlNode value = entries.get(key);
        if (value == null) {
            throw owner.error(what + " has no '" + key + "'");
        }
        return value;
    }
}
