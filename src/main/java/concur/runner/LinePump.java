package concur.runner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a child process's output line by line on a daemon thread of its own, until the child closes it. */
public final class LinePump {
    private LinePump() {}

    public static Thread start(InputStream stream, Consumer<String> onLine, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    onLine.accept(line);
                }
            } catch (IOException e) {
                // the child is gone; what it printed so far has been passed on
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
