package dev.stackbench.model;

/** Name and description of the project; {@code packageName} is the Java package exporters use. */
public record ProjectMeta(String name, String description, String version, String packageName) {
    public ProjectMeta {
        name = name == null || name.isBlank() ? "Untitled" : name;
        description = description == null ? "" : description;
        version = version == null || version.isBlank() ? "0.1.0" : version;
        packageName = packageName == null || packageName.isBlank() ? Naming.packageName(name) : packageName;
    }

    public static ProjectMeta named(String name) {
        return new ProjectMeta(name, "", "0.1.0", null);
    }
}
