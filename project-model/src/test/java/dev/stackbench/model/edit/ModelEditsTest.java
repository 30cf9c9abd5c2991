package dev.stackbench.model.edit;

import dev.stackbench.model.Layout;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelEditsTest {
    @Test
    void a_new_entity_comes_with_its_six_crud_endpoints_and_a_diagram_position() {
        Project p = ModelEdits.addEntity(Project.blank("Shop"), "Product", new Layout.Point(40, 60));
        String id = p.entities().get(0).id();
        assertThat(p.entities().get(0).name()).isEqualTo("Product");
        assertThat(p.endpointsOf(id)).extracting(e -> e.method() + " " + e.path()).containsExactly(
                "GET /api/products", "GET /api/products/{id}", "POST /api/products", "PUT /api/products/{id}",
                "PATCH /api/products/{id}", "DELETE /api/products/{id}");
        assertThat(p.layout().positions().get(id)).isEqualTo(new Layout.Point(40, 60));
    }

    @Test
    void removing_an_entity_takes_what_points_at_it() {
        Project blog = Templates.load("blog");
        Project p = ModelEdits.removeEntity(blog, "ent_tag");
        assertThat(p.entity("ent_tag")).isEmpty();
        assertThat(p.endpoints()).noneMatch(e -> "ent_tag".equals(e.entityId()));
        assertThat(p.entities()).allSatisfy(e -> assertThat(e.relationships())
                .noneMatch(r -> r.targetEntityId().equals("ent_tag")));
        assertThat(p.layout().positions()).doesNotContainKey("ent_tag");
    }

    @Test
    void removing_an_entity_takes_nested_routes_owner_marks_and_feature_links_through_it() {
        Project blog = Templates.load("blog");
        Project p = ModelEdits.removeEntity(blog, "ent_post");
        assertThat(p.endpoints()).noneMatch(e -> e.path().contains("{postId}"));
        assertThat(p.features()).allSatisfy(f -> {
            assertThat(f.entityIds()).doesNotContain("ent_post");
            assertThat(f.endpointIds()).allMatch(id -> p.endpoints().stream().anyMatch(e -> e.id().equals(id)));
        });
    }
}
