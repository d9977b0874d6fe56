import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the files a unified diff without context lines ({@code diff -U0}) changes, each taken from
 * a sources jar and patched, into a directory: {@code java ApplyPatch.java SOURCES_JAR PATCH OUT_DIR}.
 * Run by engine-core's build on squirrel's released sources. Strict: a hunk whose removed lines are
 * not where it says fails the build, so the patch never lands on sources it was not written for.
 */
public final class ApplyPatch {
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+\\d+(?:,\\d+)? @@");

    /** One hunk: the original lines it removes, starting at its line, and the lines it adds instead. */
    private record Hunk(int oldStart, int oldCount, List<String> removed, List<String> added) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java ApplyPatch.java SOURCES_JAR PATCH OUT_DIR");
        }
        Path out = Path.of(args[2]);
        Map<String, List<Hunk>> patch = parse(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        try (ZipFile sources = new ZipFile(args[0])) {
            for (Map.Entry<String, List<Hunk>> file : patch.entrySet()) {
                ZipEntry entry = sources.getEntry(file.getKey());
                if (entry == null) {
                    throw new IllegalStateException(args[0] + " has no " + file.getKey());
                }
                List<String> released;
                try (InputStream in = sources.getInputStream(entry)) {
                    released = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
                }
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, apply(file.getKey(), released, file.getValue()), StandardCharsets.UTF_8);
            }
        }
    }

    private static Map<String, List<Hunk>> parse(List<String> lines) {
        Map<String, List<Hunk>> files = new LinkedHashMap<>();
        List<Hunk> hunks = null;
        Hunk hunk = null;
        for (String line : lines) {
            if (line.startsWith("--- a/")) {
                hunk = null;
            } else if (line.startsWith("+++ b/")) {
                hunks = new ArrayList<>();
                files.put(line.substring("+++ b/".length()), hunks);
            } else if (line.startsWith("@@")) {
                Matcher m = HUNK.matcher(line);
                if (!m.find() || hunks == null) {
                    throw new IllegalStateException("not a hunk of a file: " + line);
                }
                hunk = new Hunk(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                        new ArrayList<>(), new ArrayList<>());
                hunks.add(hunk);
            } else if (hunk != null && (line.startsWith("-") || line.startsWith("+"))) {
                (line.startsWith("-") ? hunk.removed() : hunk.added()).add(line.substring(1));
            } else {
                throw new IllegalStateException("line outside a hunk: " + line);
            }
        }
        return files;
    }

    // a hunk that removes nothing adds its lines after line oldStart; otherwise it replaces the lines
    // from oldStart on, which must be the ones it says it removes
    private static List<String> apply(String file, List<String> original, List<Hunk> hunks) {
        List<String> out = new ArrayList<>();
        int next = 0;
        for (Hunk h : hunks) {
            int start = h.oldCount() == 0 ? h.oldStart() : h.oldStart() - 1;
            if (start < next || start + h.oldCount() > original.size() || h.removed().size() != h.oldCount()
                    || !original.subList(start, start + h.oldCount()).equals(h.removed())) {
                throw new IllegalStateException(file + ": the hunk at line " + h.oldStart() + " does not match");
            }
            out.addAll(original.subList(next, start));
            out.addAll(h.added());
            next = start + h.oldCount();
        }
        out.addAll(original.subList(next, original.size()));
        return out;
    }
}
