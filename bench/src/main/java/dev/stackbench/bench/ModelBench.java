package dev.stackbench.bench;

import dev.stackbench.model.Project;
import dev.stackbench.model.io.ModelFiles;
import dev.stackbench.model.io.ModelJson;
import dev.stackbench.model.sample.LargeModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Model file speed on a 300-entity model (1,500+ endpoints): the median of several runs of an atomic save
 * (serialise, write, fsync, backup, rename) and of a load (read, check version, bind), each with the figure a
 * bare baseline reaches on the same bytes in the same run: a plain unsynced write and a Jackson tree parse.
 * Run with {@code bench/run ModelBench [entities] [runs]}.
 */
public final class ModelBench {
    private ModelBench() {
    }

    public static void main(String[] args) throws IOException {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Project project = LargeModel.generate(entities);
        Path folder = Files.createTempDirectory("model-bench");
        try {
            measure(project, folder, runs);
        } finally {
            deleteAll(folder);
        }
    }

    private static void measure(Project project, Path folder, int runs) throws IOException {
        ModelFiles files = new ModelFiles();
        Path file = folder.resolve("large.stackbench.json");
        Path plain = folder.resolve("plain.json");
        byte[] bytes = ModelJson.write(project).getBytes(StandardCharsets.UTF_8);
        files.save(file, project);
        if (!files.load(file).equals(project)) {
            throw new IllegalStateException("The large model did not survive save and load");
        }
        int warmup = Math.max(5, runs);
        Timer save = () -> files.save(file, project);
        Timer load = () -> files.load(file);
        Timer write = () -> Files.write(plain, bytes);
        Timer parse = () -> ModelJson.mapper().readTree(bytes);
        Timer serialise = () -> ModelJson.write(project);
        for (Timer timer : new Timer[] {save, load, write, parse, serialise}) {
            timer.median(warmup);
        }
        System.out.printf(Locale.ROOT, "model: %d entities, %d endpoints, file %,d bytes (%.2f MB)%n",
                project.entities().size(), project.endpoints().size(), Files.size(file), Files.size(file) / 1e6);
        double plainWrite = write.median(runs);
        report("save (atomic, fsync, .bak)", save.median(runs), "plain write, no fsync", plainWrite);
        report("  of which JSON serialising", serialise.median(runs), "plain write, no fsync", plainWrite);
        report("load (read, version, bind)", load.median(runs), "Jackson tree parse", parse.median(runs));
    }

    private static void report(String what, double millis, String baseline, double baselineMillis) {
        System.out.printf(Locale.ROOT, "%-28s median %8.2f ms   baseline %-22s %7.2f ms   ratio %5.1fx%n", what,
                millis, baseline, baselineMillis, millis / baselineMillis);
    }

    /** One operation timed; {@link #median} runs it {@code runs} times and returns the median in ms. */
    private interface Timer {
        void run() throws IOException;

        default double median(int runs) throws IOException {
            double[] millis = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return millis[runs / 2];
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
