package dev.stackbench.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stackbench.export.merge.ThreeWayMerge;
import dev.stackbench.model.Project;
import dev.stackbench.model.plan.PlanBuilder;
import dev.stackbench.model.plan.PlanDiff;
import dev.stackbench.model.plan.RelationalPlan;
import dev.stackbench.model.plan.SchemaChange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders an export and writes it without ever silently clobbering a user's edit. The last export is kept in
 * {@code .stackbench/export/} inside the output (its files and its relational plan): each file is then a
 * three-way merge of that base, the user's file and the new export. Applied migrations are never rewritten: a
 * model change adds {@code V<n+1>} from the plan diff.
 */
public final class ExportEngine {
    public static final String STATE = ".stackbench/export";
    private static final Pattern MIGRATION = Pattern.compile("src/main/resources/db/migration/V(\\d+)__.*\\.sql");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Consumer<String> progress;
    private final Steps steps;

    /** Files written so far out of the total; may throw to cancel the export between two files. */
    @FunctionalInterface
    public interface Steps {
        void done(int files, int total);
    }

    public ExportEngine(Consumer<String> progress) {
        this(progress, (files, total) -> { });
    }

    public ExportEngine(Consumer<String> progress, Steps steps) {
        this.progress = progress;
        this.steps = steps;
    }

    /** Every file of the export, in path order, before anything is written (the wizard's preview uses it). */
    public static List<GeneratedFile> render(Project project, String target) {
        return Targets.render(project, target);
    }

    public ExportResult export(Project project, String target, Path out, boolean force) throws IOException {
        progress.accept("Rendering the " + target + " project");
        Map<String, String> next = new LinkedHashMap<>();
        render(project, target).forEach(f -> next.put(f.path(), f.content()));
        Path state = out.resolve(STATE);
        Map<String, String> base = readBase(state.resolve("files"));
        RelationalPlan plan = PlanBuilder.build(project);
        List<String> added = migrations(project, base, next, state.resolve("plan.json"), plan);
        Result r = new Result();
        int done = 0;
        for (Map.Entry<String, String> e : next.entrySet()) {
            write(out, e.getKey(), base.get(e.getKey()), e.getValue(), force, r);
            steps.done(++done, next.size());
            if (done % 25 == 0) {
                progress.accept("Wrote " + done + " of " + next.size() + " files");
            }
        }
        for (String gone : base.keySet()) {
            if (!next.containsKey(gone)) {
                Path file = out.resolve(gone);
                if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(base.get(gone))) {
                    Files.delete(file);
                    r.removed.add(gone);
                }
            }
        }
        saveBase(state, next, plan);
        progress.accept("Export finished: " + next.size() + " files");
        return new ExportResult(r.written, r.unchanged, r.kept, r.merged, r.conflicts, r.removed, added);
    }

    private static final class Result {
        final List<String> written = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final List<String> merged = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
    }

    private static void write(Path out, String path, String base, String next, boolean force, Result r)
            throws IOException {
        Path file = out.resolve(path);
        Path conflictFile = out.resolve(path + ".stackbench-new");
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (current == null || force) {
            if (next.equals(current)) {
                r.unchanged.add(path);
            } else {
                put(file, next);
                r.written.add(path);
            }
            Files.deleteIfExists(conflictFile);
            return;
        }
        if (current.equals(next)) {
            r.unchanged.add(path);
            Files.deleteIfExists(conflictFile);
            return;
        }
        if (base != null && current.equals(base)) {
            put(file, next);
            r.written.add(path);
            return;
        }
        if (base != null && next.equals(base)) {
            r.kept.add(path);
            return;
        }
        var merged = base == null ? java.util.Optional.<String>empty() : ThreeWayMerge.merge(base, current, next);
        if (merged.isPresent()) {
            put(file, merged.get());
            r.merged.add(path);
        } else {
            put(conflictFile, next);
            r.conflicts.add(path);
        }
    }

    /**
     * Keeps applied migrations as they were exported and adds one for the plan diff since the last export.
     * Returns the paths of the migrations added.
     */
    private static List<String> migrations(Project project, Map<String, String> base, Map<String, String> next,
                                           Path planFile, RelationalPlan plan) throws IOException {
        int highest = 0;
        for (Map.Entry<String, String> e : base.entrySet()) {
            Matcher m = MIGRATION.matcher(e.getKey());
            if (m.matches()) {
                next.put(e.getKey(), e.getValue());
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        if (highest == 0 || !Files.exists(planFile)) {
            return List.of();
        }
        RelationalPlan last = JSON.readValue(planFile.toFile(), RelationalPlan.class);
        List<SchemaChange> changes = PlanDiff.between(last, plan);
        if (changes.isEmpty()) {
            return List.of();
        }
        String path = "src/main/resources/db/migration/V" + (highest + 1) + "__model_change.sql";
        next.put(path, Targets.migration(project, changes));
        return List.of(path);
    }

    private static Map<String, String> readBase(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void saveBase(Path state, Map<String, String> files, RelationalPlan plan) throws IOException {
        Path folder = state.resolve("files");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            put(folder.resolve(e.getKey()), e.getValue());
        }
        put(state.resolve("plan.json"), JSON.writeValueAsString(plan) + "\n");
        put(state.resolve("README.md"), "Stackbench keeps the last export here to merge the next one with your "
                + "edits.\nCommit this folder with the project; do not edit it.\n");
    }

    private static void put(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
