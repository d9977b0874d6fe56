package io.paystate.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Where the HTML report goes, checked before the run: a long simulation that ends with "cannot
 * write the report" wastes minutes, so the path is proven writable up front.
 */
final class ReportTarget {
    /**
     * The default location, relative to the working directory: under {@code target/}, which the
     * build already owns and version control ignores, so a default run never litters a checkout.
     */
    static final Path DEFAULT = Path.of("target", "paystate", "report.html");

    private ReportTarget() {}

    /**
     * Returns the absolute path after creating its missing parent directories and opening it for
     * writing once. Opening is the only reliable check: permission bits say nothing when running as
     * root, and a parent that is a file only shows when creating the directory. An existing file is
     * opened without truncating it; a file this check created is removed again.
     *
     * @throws IllegalArgumentException with a one-line reason when the report could not be written
     */
    static Path check(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(file + " is a directory; give a file name such as "
                    + file.resolve("report.html"));
        }
        Path parent = absolute.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the directory " + parent + " (" + reason(e) + ")");
        }
        boolean existed = Files.exists(absolute);
        try (OutputStream probe = Files.newOutputStream(absolute, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            probe.flush();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + absolute + " (" + reason(e) + ")");
        }
        if (!existed) {
            try {
                Files.deleteIfExists(absolute);
            } catch (IOException e) {
                // harmless: the real report overwrites the empty file
            }
        }
        return absolute;
    }

    /** Why, in words: a FileSystemException's message repeats the path, its class says what happened. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String words = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.toLowerCase(Locale.ROOT);
    }
}
