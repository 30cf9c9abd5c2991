package {{package}}.data;

/**
 * A nested route's parent: {@code GET /api/posts/{postId}/comments} lists the comments whose {@code column}
 * holds the parent id; the parent must exist in {@code parentTable}.
 */
public record Scope(String column, String parentTable, String parentTitle, String rawParentId, String variable) {
}
