package io.paystate.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU per full card lifecycle of two builds of the engine in one JVM, in alternating rounds: each
 * build's {@code engine-spi} and {@code engine-core} jars in a class loader of their own, the other
 * libraries and this module's classes loaded again in each. On a host whose speed drifts by a
 * quarter from one minute to the next, two runs one after the other cannot tell a change of a few
 * percent; rounds side by side can, as the median of each pair's ratio. Usage:
 * {@code bin/bench compare DIR_A DIR_B [squirrel|table] [ROUNDS] [BATCH]}, each directory holding the
 * two jars of one build.
 */
public final class CompareBuilds {
    private CompareBuilds() {}

    private static final String[] KINDS = {"alone", "own", "shared"};

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CompareBuilds DIR_A DIR_B [runner] [rounds] [batch]");
        }
        String runner = args.length > 2 ? args[2] : "squirrel";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 30_000;
        Method a = measureIn(Path.of(args[0]));
        Method b = measureIn(Path.of(args[1]));
        int warmup = 2;
        double[][][] cpu = new double[2][KINDS.length][rounds];
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < KINDS.length; k++) {
                // A first in even rounds, B first in odd ones: neither always runs on the warmer heap
                boolean aFirst = round % 2 == 0;
                double first = ((double[]) (aFirst ? a : b).invoke(null, runner, KINDS[k], batch))[0];
                double second = ((double[]) (aFirst ? b : a).invoke(null, runner, KINDS[k], batch))[0];
                if (round >= 0) {
                    cpu[0][k][round] = aFirst ? first : second;
                    cpu[1][k][round] = aFirst ? second : first;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d rounds of %,d lifecycles per thread; us CPU per lifecycle, median%n",
                runner, rounds, batch);
        double[][] median = new double[2][KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = cpu[1][k][r] / cpu[0][k][r];
            }
            median[0][k] = median(cpu[0][k]);
            median[1][k] = median(cpu[1][k]);
            System.out.printf(Locale.ROOT, "  %-6s A %6.2f  B %6.2f  B/A per pair: median %.3f (%.3f..%.3f)%n", KINDS[k],
                    median[0][k], median[1][k], median(ratios), min(ratios), max(ratios));
        }
        for (int side = 0; side < 2; side++) {
            System.out.printf(Locale.ROOT, "  %s: shared/alone %.3f, own/alone %.3f, shared/own %.3f%n", side == 0 ? "A" : "B",
                    median[side][2] / median[side][0], median[side][1] / median[side][0], median[side][2] / median[side][1]);
        }
    }

    private static Method measureIn(Path build) throws Exception {
        Path classes = Path.of(CpuPerSharedLifecycle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String jar : List.of("engine-spi-0.1.0-SNAPSHOT.jar", "engine-core-0.1.0-SNAPSHOT.jar")) {
            Path path = build.resolve(jar);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no " + jar + " in " + build);
            }
            urls.add(path.toUri().toURL());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
            String name = Path.of(entry).getFileName().toString();
            if (!entry.isEmpty() && !name.startsWith("engine-") && !Path.of(entry).equals(classes)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        // the platform loader as parent: nothing of the engine or its libraries is shared between builds
        URLClassLoader loader = new URLClassLoader("build " + build.getFileName(), urls.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader());
        return loader.loadClass(CpuPerSharedLifecycle.class.getName())
                .getMethod("measure", String.class, String.class, int.class);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
