package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.Relationship;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipEditsTest {
    private final Project blog = Templates.load("blog");

    @Test
    void a_new_relationship_is_named_after_its_target_and_never_twice_the_same() {
        Project p = ModelEdits.addEntity(ModelEdits.addEntity(Project.blank("Shop"), "Product",
                new Layout.Point(0, 0)), "Category", new Layout.Point(300, 0));
        String product = p.entityNamed("Product").orElseThrow().id();
        String category = p.entityNamed("Category").orElseThrow().id();
        p = RelationshipEdits.add(p, product, category, RelationKind.MANY_TO_ONE);
        p = RelationshipEdits.add(p, product, category, RelationKind.MANY_TO_ONE);
        p = RelationshipEdits.add(p, product, category, RelationKind.MANY_TO_MANY);
        assertThat(p.entity(product).orElseThrow().relationships()).extracting(Relationship::name)
                .containsExactly("category", "category2", "categories");
    }

    @Test
    void removing_the_owner_relationship_clears_the_owner_and_its_nested_route() {
        Project p = RelationshipEdits.remove(blog, "ent_comment", "rel_comment_author");
        assertThat(p.entity("ent_comment").orElseThrow().ownerRelationshipId()).isNull();
        Project q = RelationshipEdits.remove(blog, "ent_comment", "rel_comment_post");
        assertThat(q.endpoints()).noneMatch(e -> "rel_comment_post".equals(e.scopeRelationshipId()));
        assertThat(q.entity("ent_comment").orElseThrow().ownerRelationshipId()).isEqualTo("rel_comment_author");
    }

    @Test
    void the_owner_is_one_relationship_at_a_time() {
        Project p = RelationshipEdits.setOwner(blog, "ent_comment", "rel_comment_post", true);
        assertThat(p.entity("ent_comment").orElseThrow().ownerRelationshipId()).isEqualTo("rel_comment_post");
        Project q = RelationshipEdits.setOwner(p, "ent_comment", "rel_comment_author", false);
        assertThat(q.entity("ent_comment").orElseThrow().ownerRelationshipId()).as("another was the owner")
                .isEqualTo("rel_comment_post");
        assertThat(RelationshipEdits.setOwner(p, "ent_comment", "rel_comment_post", false)
                .entity("ent_comment").orElseThrow().ownerRelationshipId()).isNull();
    }

    @Test
    void a_nested_route_is_the_flag_and_its_endpoint_together() {
        Project off = RelationshipEdits.setNestedRoute(blog, "ent_comment", "rel_comment_post", false);
        assertThat(off.endpoints()).noneMatch(e -> e.path().equals("/api/posts/{postId}/comments"));
        Project on = RelationshipEdits.setNestedRoute(off, "ent_comment", "rel_comment_post", true);
        Endpoint nested = on.endpoints().stream().filter(e -> "rel_comment_post".equals(e.scopeRelationshipId()))
                .findFirst().orElseThrow();
        assertThat(nested.method() + " " + nested.path()).isEqualTo("GET /api/posts/{postId}/comments");
        assertThat(on.entity("ent_comment").orElseThrow().relationships().get(0).nestedRoute()).isTrue();
        assertThat(RelationshipEdits.setNestedRoute(blog, "ent_post", "rel_post_tags", true))
                .as("a many-to-many does not nest").isEqualTo(blog);
    }

    @Test
    void a_relationship_that_is_no_longer_many_to_one_stops_owning_and_nesting() {
        Project p = RelationshipEdits.setKind(blog, "ent_comment", "rel_comment_author", RelationKind.ONE_TO_ONE);
        assertThat(p.entity("ent_comment").orElseThrow().ownerRelationshipId()).isNull();
        Project q = RelationshipEdits.setKind(blog, "ent_comment", "rel_comment_post", RelationKind.MANY_TO_MANY);
        assertThat(q.endpoints()).noneMatch(e -> "rel_comment_post".equals(e.scopeRelationshipId()));
        assertThat(q.entity("ent_comment").orElseThrow().relationships().get(0).nestedRoute()).isFalse();
    }
}
