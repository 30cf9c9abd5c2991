package dev.stackbench.model.edit;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.Project;
import dev.stackbench.model.Role;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleEditsTest {
    private final Project blog = Templates.load("blog");

    private Endpoint endpoint(Project p, String method, String path) {
        return p.endpoints().stream().filter(e -> e.method().name().equalsIgnoreCase(method)
                && e.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void a_renamed_role_is_renamed_wherever_it_is_named() {
        Project p = RoleEdits.rename(blog, "reader", "member");
        assertThat(p.auth().roles()).extracting(Role::name).containsExactly("member", "author", "admin");
        assertThat(p.auth().defaultRole()).isEqualTo("member");
        var roleField = p.entity(p.auth().userEntityId()).orElseThrow().fieldNamed("role").orElseThrow();
        assertThat(roleField.enumValues()).containsExactly("member", "author", "admin");
        assertThat(roleField.defaultValue()).isEqualTo("member");

        Project q = RoleEdits.rename(blog, "admin", "moderator");
        assertThat(endpoint(q, "post", "/api/posts").roles()).containsExactly("author", "moderator");
        assertThat(endpoint(q, "put", "/api/posts/{id}").ownerExemptRoles()).containsExactly("moderator");
        assertThat(q.channels().get(0).publishRoles()).containsExactly("moderator");
    }

    @Test
    void a_blank_or_taken_name_changes_nothing() {
        assertThat(RoleEdits.rename(blog, "reader", " ")).isEqualTo(blog);
        assertThat(RoleEdits.rename(blog, "reader", "admin")).isEqualTo(blog);
    }

    @Test
    void a_new_role_gets_a_free_name_and_the_role_field_offers_it() {
        Project p = RoleEdits.add(RoleEdits.add(blog));
        assertThat(p.auth().roles()).extracting(Role::name).endsWith("role", "role2");
        assertThat(p.entity(p.auth().userEntityId()).orElseThrow().fieldNamed("role").orElseThrow().enumValues())
                .containsExactly("reader", "author", "admin", "role", "role2");
    }

    @Test
    void removing_a_role_drops_every_mention_but_never_opens_what_only_it_may_use() {
        assertThat(RoleEdits.onlyAllowedBy(blog, "admin")).contains("GET /api/users", "channel activity");
        assertThat(RoleEdits.remove(blog, "admin")).as("admin alone may list users").isEqualTo(blog);

        Project p = RoleEdits.remove(blog, "author");
        assertThat(p.auth().role("author")).isEmpty();
        assertThat(endpoint(p, "post", "/api/posts").roles()).containsExactly("admin");
        assertThat(p.entity(p.auth().userEntityId()).orElseThrow().fieldNamed("role").orElseThrow().enumValues())
                .containsExactly("reader", "admin");

        Project q = RoleEdits.remove(blog, "reader");
        assertThat(q.auth().defaultRole()).isNull();
        assertThat(q.entity(q.auth().userEntityId()).orElseThrow().fieldNamed("role").orElseThrow().defaultValue())
                .isNull();
    }
}
