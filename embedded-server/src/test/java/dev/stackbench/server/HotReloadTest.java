package dev.stackbench.server;

import dev.stackbench.model.Endpoint;
import dev.stackbench.model.EndpointDefaults;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hot reload over real HTTP: schema changes in place, rows survive, routes swap without a restart. */
class HotReloadTest {
    private static Project withColorAndNotes(Project blog) {
        Project withField = blog.withEntity("ent_tag", tag -> {
            List<Field> fields = new ArrayList<>(tag.fields());
            fields.add(Field.of("fld_tag_color", "color", FieldType.STRING).withRequired(true)
                    .withDefaultValue("blue"));
            return tag.withFields(fields);
        });
        Entity note = Entity.named("ent_note", "Note").withFields(List.of(
                Field.of("fld_note_text", "text", FieldType.STRING).withRequired(true)));
        List<Entity> entities = new ArrayList<>(withField.entities());
        entities.add(note);
        List<Endpoint> endpoints = new ArrayList<>(withField.endpoints());
        endpoints.addAll(EndpointDefaults.crud(note, false));
        return withField.withEntities(entities).withEndpoints(endpoints);
    }

    @Test
    void adding_a_field_and_an_entity_keeps_rows_and_serves_the_new_routes() {
        Project blog = Templates.load("blog");
        try (LiveServer server = LiveServer.start(blog, LiveServerOptions.anyPort())) {
            Http http = new Http(server.url());
            String before = http.get("/api/tags/1").json().at("/data/name").asText();
            long posts = http.get("/api/posts").json().at("/meta/total").asLong();
            int port = server.port();

            ReloadReport report = server.update(withColorAndNotes(blog));

            assertThat(server.port()).isEqualTo(port);
            assertThat(report.schemaChanges()).extracting(c -> c.describe())
                    .contains("add column tags.color", "create table notes");
            assertThat(report.routesAdded()).contains("GET /api/notes", "POST /api/notes");
            assertThat(http.get("/api/tags/1").json().at("/data/name").asText()).isEqualTo(before);
            assertThat(http.get("/api/tags/1").json().at("/data/color").asText()).isEqualTo("blue");
            assertThat(http.get("/api/posts").json().at("/meta/total").asLong()).isEqualTo(posts);
            assertThat(http.post("/api/notes", "{\"text\":\"hello\"}").status()).isEqualTo(201);
            assertThat(http.get("/api/notes").json().at("/meta/total").asLong()).isGreaterThan(1);
        }
    }

    @Test
    void renaming_a_field_keeps_its_values_and_removing_an_entity_drops_its_routes() {
        Project blog = Templates.load("blog");
        try (LiveServer server = LiveServer.start(blog, LiveServerOptions.anyPort())) {
            Http http = new Http(server.url());
            String title = http.get("/api/posts/2").json().at("/data/title").asText();
            Project renamed = blog.withEntity("ent_post", post -> post.withField("fld_post_title",
                    f -> f.withName("headline")));
            ReloadReport report = server.update(renamed);
            assertThat(report.schemaChanges()).extracting(c -> c.describe())
                    .contains("rename column posts.title to headline");
            assertThat(http.get("/api/posts/2").json().at("/data/headline").asText()).isEqualTo(title);

            Project noComments = renamed.withEntities(renamed.entities().stream()
                    .filter(e -> !e.id().equals("ent_comment")).toList())
                    .withEndpoints(renamed.endpoints().stream()
                            .filter(e -> !"ent_comment".equals(e.entityId())).toList());
            ReloadReport dropped = server.update(noComments);
            assertThat(dropped.routesRemoved()).contains("GET /api/comments");
            assertThat(http.get("/api/comments").status()).isEqualTo(404);
            assertThat(http.get("/api/posts/2").status()).isEqualTo(200);
        }
    }
}
