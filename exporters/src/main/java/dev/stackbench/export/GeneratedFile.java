package dev.stackbench.export;

/**
 * One file of an export: its path relative to the output folder (forward slashes) and its full text.
 * Every writer (project sources, OpenAPI, Postman, deployment, checklist) produces these; the export engine
 * merges and writes them, so writers never touch the disk.
 */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("Export paths are relative with forward slashes: " + path);
        }
    }
}
