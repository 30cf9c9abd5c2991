package dev.stackbench.model;

/** Where and how the project was last exported; {@code groupId}/{@code artifactId} name the Maven project. */
public record ExportSettings(String target, String groupId, String artifactId, String lastOutputDir) {
    public ExportSettings {
        target = target == null || target.isBlank() ? "javalin" : target;
        groupId = groupId == null || groupId.isBlank() ? "com.example" : groupId;
        lastOutputDir = lastOutputDir == null ? "" : lastOutputDir;
    }

    public static ExportSettings defaults() {
        return new ExportSettings("javalin", "com.example", null, "");
    }
}
