package dev.stackbench.importer.archfixture;

/** Breaks "importers know only the model": an importer class using an exporter. */
public final class ImporterUsingExporters {
    final Class<?> writer = dev.stackbench.export.openapi.OpenApiWriter.class;
}
