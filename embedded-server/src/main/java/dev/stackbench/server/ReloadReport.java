package dev.stackbench.server;

import dev.stackbench.model.plan.SchemaChange;

import java.util.List;

/**
 * What a hot reload changed: the schema changes applied in order, the routes added and removed
 * ({@code GET /api/posts}), and how long it took.
 */
public record ReloadReport(List<SchemaChange> schemaChanges, List<String> routesAdded, List<String> routesRemoved,
                           long millis) {
    public ReloadReport {
        schemaChanges = List.copyOf(schemaChanges);
        routesAdded = List.copyOf(routesAdded);
        routesRemoved = List.copyOf(routesRemoved);
    }

    public boolean changedAnything() {
        return !schemaChanges.isEmpty() || !routesAdded.isEmpty() || !routesRemoved.isEmpty();
    }
}
