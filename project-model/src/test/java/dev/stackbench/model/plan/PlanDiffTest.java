package dev.stackbench.model.plan;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDiffTest {
    private final Project blog = Templates.load("blog");

    private static List<String> diff(Project a, Project b) {
        return PlanDiff.between(PlanBuilder.build(a), PlanBuilder.build(b)).stream()
                .map(SchemaChange::describe).toList();
    }

    @Test
    void the_same_model_has_no_changes() {
        assertThat(diff(blog, blog)).isEmpty();
    }

    @Test
    void an_empty_plan_to_a_model_creates_tables_before_indexes_and_foreign_keys() {
        List<SchemaChange> changes = PlanDiff.between(new RelationalPlan(List.of()), PlanBuilder.build(blog));
        int lastCreate = 0;
        int firstForeignKey = Integer.MAX_VALUE;
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof SchemaChange.CreateTable) {
                lastCreate = i;
            }
            if (changes.get(i) instanceof SchemaChange.AddForeignKey) {
                firstForeignKey = Math.min(firstForeignKey, i);
            }
        }
        assertThat(lastCreate).isLessThan(firstForeignKey);
        assertThat(changes.stream().filter(c -> c instanceof SchemaChange.CreateTable)).hasSize(5);
    }

    @Test
    void a_renamed_field_is_a_rename_not_a_drop_and_an_add() {
        Project renamed = blog.withEntity("ent_post", p -> p.withField("fld_post_title", f -> f.withName("headline")));
        List<String> changes = diff(blog, renamed);
        assertThat(changes).contains("rename column posts.title to headline");
        assertThat(changes).noneMatch(c -> c.startsWith("drop column") || c.startsWith("add column"));
    }

    @Test
    void a_renamed_entity_renames_its_table_and_rebuilds_its_named_constraints() {
        Project renamed = blog.withEntity("ent_tag", t -> t.withName("Label"));
        List<String> changes = diff(blog, renamed);
        assertThat(changes).contains("rename table tags to labels");
        assertThat(changes).noneMatch(c -> c.startsWith("drop table") || c.startsWith("create table"));
    }

    @Test
    void added_and_removed_fields_and_entities_are_adds_and_drops() {
        Project changed = blog.withEntity("ent_tag", t -> {
            List<Field> fields = new ArrayList<>(t.fields());
            fields.add(Field.of("fld_tag_color", "color", FieldType.STRING));
            fields.removeIf(f -> f.id().equals("fld_tag_slug"));
            return t.withFields(fields);
        });
        List<Entity> entities = new ArrayList<>(changed.entities());
        entities.add(Entity.named("ent_note", "Note"));
        List<String> changes = diff(blog, changed.withEntities(entities));
        assertThat(changes).contains("add column tags.color", "drop column tags.slug", "create table notes");
    }

    @Test
    void a_type_or_required_change_is_an_alter() {
        Project changed = blog.withEntity("ent_post", p -> p.withField("fld_post_published",
                f -> f.withRequired(true)));
        assertThat(diff(blog, changed)).containsExactly("alter column posts.published_at");
    }

    @Test
    void dropping_an_entity_drops_its_foreign_keys_before_its_table() {
        Project without = blog.withEntities(blog.entities().stream().filter(e -> !e.id().equals("ent_comment"))
                .toList());
        List<String> changes = diff(blog, without);
        assertThat(changes.indexOf("drop table comments"))
                .isGreaterThan(changes.indexOf("drop foreign key fk_comments_post_id on comments"));
    }
}
