package dev.stackbench.export.merge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {
    private static final String BASE = "a\nb\nc\nd\ne\n";

    @Test
    void changes_to_different_lines_are_both_kept() {
        assertThat(ThreeWayMerge.merge(BASE, "a\nB (user)\nc\nd\ne\n", "a\nb\nc\nd\nE (model)\n"))
                .contains("a\nB (user)\nc\nd\nE (model)\n");
    }

    @Test
    void a_user_addition_survives_a_model_change_elsewhere() {
        assertThat(ThreeWayMerge.merge(BASE, "a\nb\n// my note\nc\nd\ne\n", "a2\nb\nc\nd\ne\n"))
                .contains("a2\nb\n// my note\nc\nd\ne\n");
    }

    @Test
    void the_same_line_changed_differently_is_a_conflict() {
        assertThat(ThreeWayMerge.merge(BASE, "a\nb\nC1\nd\ne\n", "a\nb\nC2\nd\ne\n")).isEmpty();
    }

    @Test
    void identical_changes_on_both_sides_merge_to_that_change() {
        assertThat(ThreeWayMerge.merge(BASE, "a\nb\nX\nd\ne\n", "a\nb\nX\nd\ne\n")).contains("a\nb\nX\nd\ne\n");
    }

    @Test
    void deletions_and_edits_in_separate_places_merge() {
        assertThat(ThreeWayMerge.merge(BASE, "a\nc\nd\ne\n", "a\nb\nc\nd\ne\nf\n")).contains("a\nc\nd\ne\nf\n");
    }
}
