package dev.stackbench.model.advisor;

/**
 * Where a finding points: the section of the model ({@code entities}, {@code endpoints}, {@code channels},
 * {@code auth}, {@code production}, {@code features}, {@code decisions}), the stable id of the element and of the
 * part inside it (a field or relationship id), and a label people read ({@code Post.title}, {@code GET /api/posts}).
 */
public record ModelPath(String section, String elementId, String partId, String label) {
    public static ModelPath section(String section, String label) {
        return new ModelPath(section, null, null, label);
    }

    public static ModelPath element(String section, String elementId, String label) {
        return new ModelPath(section, elementId, null, label);
    }

    public static ModelPath part(String section, String elementId, String partId, String label) {
        return new ModelPath(section, elementId, partId, label);
    }

    /** A stable, sortable text form: {@code entities/ent_post/fld_title}. */
    @Override
    public String toString() {
        return section + (elementId == null ? "" : "/" + elementId) + (partId == null ? "" : "/" + partId);
    }
}
