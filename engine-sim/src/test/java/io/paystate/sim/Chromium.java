package io.paystate.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for tests that need a real browser. Debian's {@code chromium} package is
 * installed when absent (CI containers run as root); when that is impossible the reason is kept so
 * that the test can skip with it instead of failing on a machine without a browser.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    /** A guard against a hung browser or package manager, not a speed requirement. */
    private static final long INSTALL_MINUTES = 15;
    private static final long RUN_MINUTES = 3;

    private static String unavailable;
    private static boolean looked;

    private Chromium() {}

    /** Returns why Chromium cannot be used, or null when it can (installing it the first time). */
    static synchronized String unavailableReason() {
        if (!looked) {
            looked = true;
            unavailable = Files.isExecutable(BINARY) ? null : install();
        }
        return unavailable;
    }

    private static String install() {
        Path log = Path.of("target", "chromium-install.log").toAbsolutePath();
        System.err.println("Chromium is missing: installing Debian's chromium package (log: " + log + ")");
        try {
            Files.createDirectories(log.getParent());
            for (List<String> command : List.of(List.of("apt-get", "update", "-q"),
                    List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium"))) {
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
                Process p = pb.start();
                if (!p.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return String.join(" ", command) + " did not finish; see " + log;
                }
                if (p.exitValue() != 0) {
                    return String.join(" ", command) + " failed with exit code " + p.exitValue() + "; see " + log;
                }
            }
        } catch (IOException e) {
            return "cannot run apt-get (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while installing";
        }
        return Files.isExecutable(BINARY) ? null : "apt-get installed chromium but " + BINARY + " is missing";
    }

    /**
     * Loads {@code page} and returns the DOM after its scripts ran. The flags keep the browser from
     * reaching the network (no updates, sync or QUIC) and give it a fresh profile, so runs are
     * independent; the virtual-time budget lets pending timers fire before the DOM is dumped.
     */
    static String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        run(page, work, out, "--dump-dom");
        return Files.readString(out);
    }

    private static void run(Path page, Path work, Path stdout, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path log = work.resolve("chromium.log");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("chromium failed with exit code " + p.exitValue() + ": " + Files.readString(log));
        }
    }
}
