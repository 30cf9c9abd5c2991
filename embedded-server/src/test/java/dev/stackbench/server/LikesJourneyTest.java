package dev.stackbench.server;

import dev.stackbench.model.Entity;
import dev.stackbench.model.Layout;
import dev.stackbench.model.Project;
import dev.stackbench.model.RelationKind;
import dev.stackbench.model.advisor.Advisor;
import dev.stackbench.model.advisor.Finding;
import dev.stackbench.model.edit.ModelEdits;
import dev.stackbench.model.edit.RelationshipEdits;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.auth.SeedUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1 of JOURNEYS.md on the model and the live server: add Like to the blog with its two relations, take the
 * advisor's unique-pair fix, run it live, create a post as the seed author and like it — once. The second like of
 * the same post by the same user is a 409, because the quick fix's index is in the live schema.
 */
class LikesJourneyTest {
    @Test
    void a_liked_post_cannot_be_liked_twice_once_the_advisors_unique_pair_is_applied() {
        Project blog = Templates.load("blog");
        Project withLike = ModelEdits.addEntity(blog, "Like", new Layout.Point(600, 400));
        String like = withLike.entityNamed("Like").map(Entity::id).orElseThrow();
        withLike = RelationshipEdits.add(withLike, like, "ent_post", RelationKind.MANY_TO_ONE);
        withLike = RelationshipEdits.add(withLike, like, "ent_user", RelationKind.MANY_TO_ONE);
        Finding pair = Advisor.standard().run(withLike).stream().filter(f -> f.ruleId().equals("DM-16"))
                .findFirst().orElseThrow(() -> new AssertionError("the advisor should notice the double like"));
        Project fixed = pair.quickFix().orElseThrow().apply().apply(withLike);
        assertThat(Advisor.standard().run(fixed)).noneMatch(f -> f.ruleId().equals("DM-16"));

        LiveServer server = LiveServer.start(fixed, LiveServerOptions.anyPort().withRateLimitsOff(true));
        try {
            SeedUser author = server.seedUsers().stream().filter(u -> u.role().equals("author")).findFirst()
                    .orElseThrow();
            var login = server.loginAs(author);
            Http http = new Http(server.url()).header(login.name(), login.value());
            Http.Reply post = http.post("/api/posts", "{\"title\":\"Liked by many\",\"slug\":\"liked-by-many\","
                    + "\"body\":\"Worth a like.\",\"status\":\"published\"}");
            assertThat(post.status()).as(post.body()).isEqualTo(201);
            String body = "{\"postId\":" + post.json().path("data").path("id").asText() + ",\"userId\":"
                    + author.id() + "}";
            Http.Reply first = http.post("/api/likes", body);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            Http.Reply second = http.post("/api/likes", body);
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.json().path("success").asBoolean()).isFalse();
            assertThat(second.error()).isNotBlank();
        } finally {
            server.stop();
        }
    }
}
