package dev.stackbench.model.scenario;

import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioSuiteDeriveTest {
    private final Project blog = Templates.load("blog");
    private final List<Scenario> scenarios = ScenarioSuite.derive(blog);

    @Test
    void the_blog_suite_covers_every_category() {
        assertThat(scenarios).extracting(Scenario::category).contains("crud", "validation", "auth", "roles",
                "ownership", "pagination", "routing");
    }

    @Test
    void an_empty_post_body_expects_every_required_property_in_model_order() {
        Scenario empty = scenarios.stream().filter(s -> s.name().equals("Post: an empty body lists every required property"))
                .findFirst().orElseThrow();
        assertThat(empty.steps().get(0).errors()).extracting(Step.FieldMessage::field)
                .containsExactly("title", "slug", "body");
    }

    @Test
    void the_comment_happy_path_first_creates_the_post_it_comments_on_so_no_seed_data_is_needed() {
        Scenario crud = scenarios.stream().filter(s -> s.name().startsWith("Comment: create")).findFirst().orElseThrow();
        assertThat(crud.steps().get(0).method()).isEqualTo("POST");
        assertThat(crud.steps().get(0).path()).isEqualTo("/api/posts");
        assertThat(crud.steps().get(1).body()).contains("\"postId\":{postIdParent0}");
    }

    @Test
    void deriving_twice_gives_the_same_suite() {
        assertThat(ScenarioSuite.derive(blog)).isEqualTo(scenarios);
    }
}
