package io.paystate.sim;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads a {@link Scenario} from a properties file over the defaults. The keys are the record's
 * component names, read from the record itself, so a new scenario field is a new key without a
 * second list to keep in step; a key that is not one of them is an error (with the nearest known
 * key as a hint) rather than silently ignored, because a typo would otherwise run the default.
 */
final class ScenarioFile {
    private static final RecordComponent[] COMPONENTS = Scenario.class.getRecordComponents();

    private ScenarioFile() {}

    /** The keys a scenario file may set, in the record's order. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : COMPONENTS) {
            keys.add(c.getName());
        }
        return keys;
    }

    static Scenario read(Path file) {
        Properties p = load(file);
        List<String> keys = keys();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!keys.contains(key)) {
                String hint = Closest.to(key, keys).map(k -> " (did you mean '" + k + "'?)").orElse("");
                throw new ScenarioException("--scenario " + file + ": unknown key '" + key + "'" + hint);
            }
        }
        Scenario defaults = Scenario.defaults();
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            types[i] = c.getType();
            String text = p.getProperty(c.getName());
            values[i] = text == null ? defaultOf(c, defaults) : parse(file, c, text.trim());
        }
        try {
            Constructor<Scenario> canonical = Scenario.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new ScenarioException("--scenario " + file + ": " + invalid.getMessage());
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Scenario's canonical constructor is not reachable", e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.isDirectory(file)) {
            throw new ScenarioException("--scenario " + file + ": is a directory, not a properties file");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            p.load(reader);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("--scenario " + file + ": no such file");
        } catch (MalformedInputException e) {
            throw new ScenarioException("--scenario " + file + ": not UTF-8 text");
        } catch (IOException | IllegalArgumentException e) {
            // Properties.load throws IllegalArgumentException for a malformed \\uXXXX escape
            throw new ScenarioException("--scenario " + file + ": cannot be read (" + e.getMessage() + ")");
        }
        return p;
    }

    private static Object defaultOf(RecordComponent c, Scenario defaults) {
        try {
            return c.getAccessor().invoke(defaults);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Scenario accessor " + c.getName() + " is not reachable", e);
        }
    }

    private static Object parse(Path file, RecordComponent c, String text) {
        try {
            if (c.getType() == int.class) {
                return Integer.parseInt(text.replace("_", ""));
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            String kind = c.getType() == int.class ? "a whole number" : "a number";
            throw new ScenarioException("--scenario " + file + ": " + c.getName() + " must be " + kind + ", got '"
                    + text + "'");
        }
    }
}
