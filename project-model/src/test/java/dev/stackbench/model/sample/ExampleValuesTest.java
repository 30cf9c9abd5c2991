package dev.stackbench.model.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class ExampleValuesTest {
    private final Project blog = Templates.load("blog");

    @Test
    void a_post_body_has_required_fields_links_and_no_server_controlled_owner() {
        ObjectNode body = ExampleValues.body(blog, blog.entity("ent_post").orElseThrow(), 0);
        assertThat(body.has("title")).isTrue();
        assertThat(body.get("slug").asText()).matches("^[a-z0-9]+(?:-[a-z0-9]+)*$");
        assertThat(body.get("status").asText()).isEqualTo("draft");
        assertThat(body.get("tagIds").get(0).asInt()).isEqualTo(1);
        assertThat(body.has("authorId")).as("the owner is set by the server").isFalse();
    }

    @Test
    void a_user_body_never_carries_the_password_hash_or_the_role() {
        ObjectNode body = ExampleValues.body(blog, blog.entity("ent_user").orElseThrow(), 0);
        assertThat(body.get("email").asText()).contains("@");
        assertThat(body.has("passwordHash")).isFalse();
        assertThat(body.has("role")).isFalse();
    }

    @Test
    void values_respect_length_and_range_constraints() {
        Field shortName = Field.of("f1", "name", FieldType.STRING).withLength(2, 5);
        Field longCode = Field.of("f2", "code", FieldType.STRING).withLength(40, 60);
        Field bounded = Field.of("f3", "quantity", FieldType.INT).withRange(10.0, 12.0);
        assertThat(ExampleValues.value(shortName, 0).asText()).hasSizeBetween(2, 5);
        assertThat(ExampleValues.value(longCode, 0).asText()).hasSizeBetween(40, 60);
        assertThat(ExampleValues.value(bounded, 7).asInt()).isBetween(10, 12);
    }

    @Test
    void variants_make_unique_values_differ() {
        Entity tag = blog.entity("ent_tag").orElseThrow();
        assertThat(ExampleValues.body(blog, tag, 1)).isNotEqualTo(ExampleValues.body(blog, tag, 2));
    }
}
