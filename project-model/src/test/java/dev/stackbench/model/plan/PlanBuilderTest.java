package dev.stackbench.model.plan;

import dev.stackbench.model.ApiStyle;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanBuilderTest {
    private final Project blog = Templates.load("blog");
    private final RelationalPlan plan = PlanBuilder.build(blog);

    @Test
    void referenced_tables_come_before_the_tables_that_reference_them() {
        List<String> order = plan.tables().stream().map(Table::name).toList();
        assertThat(order.indexOf("users")).isLessThan(order.indexOf("posts"));
        assertThat(order.indexOf("posts")).isLessThan(order.indexOf("comments"));
        assertThat(order.indexOf("tags")).isLessThan(order.indexOf("post_tags"));
    }

    @Test
    void many_to_one_becomes_a_foreign_key_column_with_an_index() {
        Table posts = plan.table("posts").orElseThrow();
        Column author = posts.column("author_id").orElseThrow();
        assertThat(author.property()).isEqualTo("authorId");
        assertThat(author.nullable()).isFalse();
        assertThat(posts.foreignKeys()).anySatisfy(fk -> {
            assertThat(fk.column()).isEqualTo("author_id");
            assertThat(fk.referencedTable()).isEqualTo("users");
        });
        assertThat(posts.indexes()).anyMatch(i -> i.columns().equals(List.of("author_id")) && i.derived());
    }

    @Test
    void many_to_many_becomes_a_join_table_with_a_composite_key() {
        Table link = plan.table("post_tags").orElseThrow();
        assertThat(link.isJoinTable()).isTrue();
        assertThat(link.primaryKey()).containsExactly("post_id", "tag_id");
        assertThat(link.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("posts", "tags");
    }

    @Test
    void filterable_and_sortable_fields_get_indexes_but_unique_columns_do_not_get_a_second_one() {
        Table posts = plan.table("posts").orElseThrow();
        assertThat(posts.indexes()).extracting(i -> i.columns().get(0))
                .contains("status", "created_at", "published_at", "title")
                .doesNotContain("slug");
    }

    @Test
    void turning_off_an_automatic_index_removes_it() {
        Project changed = blog.withEntity("ent_post", e -> e.withRelationship("rel_post_author",
                r -> r.withFkIndexOff(true)).withField("fld_post_status", f -> f.withAutoIndexOff(true)));
        Table posts = PlanBuilder.build(changed).table("posts").orElseThrow();
        assertThat(posts.indexes()).extracting(i -> i.columns().get(0)).doesNotContain("author_id", "status");
    }

    @Test
    void timestamps_are_added_unless_turned_off() {
        assertThat(plan.table("tags").orElseThrow().column("created_at")).isPresent();
        Project noTimestamps = blog.withEntity("ent_tag", e -> e.withTimestampsOff(true));
        assertThat(PlanBuilder.build(noTimestamps).table("tags").orElseThrow().column("created_at")).isEmpty();
    }

    @Test
    void uuid_id_style_makes_every_key_a_uuid() {
        Project uuids = blog.withApiStyle(blog.apiStyle().withIds(ApiStyle.IdStyle.UUID));
        RelationalPlan uuidPlan = PlanBuilder.build(uuids);
        assertThat(uuidPlan.table("posts").orElseThrow().column("author_id").orElseThrow().type().kind())
                .isEqualTo(SqlType.Kind.UUID);
    }

    @Test
    void a_relationship_to_a_missing_entity_is_skipped_not_a_crash() {
        Project broken = blog.withEntity("ent_post", e -> e.withRelationship("rel_post_author",
                r -> r.withTarget("ent_missing")));
        assertThat(PlanBuilder.build(broken).table("posts").orElseThrow().column("author_id")).isEmpty();
    }

    @Test
    void long_index_names_are_shortened_to_postgres_limits_and_stay_distinct() {
        String a = PlanBuilder.indexName("idx", "a".repeat(60), List.of("first_column"));
        String b = PlanBuilder.indexName("idx", "a".repeat(60), List.of("second_column"));
        assertThat(a).hasSizeLessThanOrEqualTo(63).isNotEqualTo(b);
    }

    @Test
    void one_to_many_puts_the_foreign_key_on_the_target() {
        Entity team = Entity.named("ent_team", "Team").withRelationships(List.of(
                new dev.stackbench.model.Relationship("rel_team_players", "players",
                        dev.stackbench.model.RelationKind.ONE_TO_MANY, "ent_player",
                        dev.stackbench.model.OnDelete.CASCADE, false, null, null, false, false)));
        Project project = Project.blank("p").withEntities(List.of(team, Entity.named("ent_player", "Player")));
        Table players = PlanBuilder.build(project).table("players").orElseThrow();
        assertThat(players.column("team_id")).isPresent();
        assertThat(players.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("teams");
    }
}
