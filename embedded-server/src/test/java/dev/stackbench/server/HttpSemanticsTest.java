package dev.stackbench.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP method semantics a client library relies on: HEAD mirrors GET, PUT replaces the whole resource. */
class HttpSemanticsTest extends BlogServerTest {
    @Test
    void head_answers_like_get_without_a_body() {
        Http.Reply get = http.get("/api/tags/1");
        Http.Reply head = http.send("HEAD", "/api/tags/1", null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(get.body().getBytes().length));
        assertThat(http.send("HEAD", "/api/tags/999999", null, null).status()).isEqualTo(404);
        assertThat(http.send("HEAD", "/api/nothing-here", null, null).status()).isEqualTo(404);
    }

    @Test
    void a_405_lists_head_wherever_get_is_allowed() {
        Http.Reply r = http.put("/api/tags", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void put_without_a_link_property_empties_the_links_and_patch_keeps_them() {
        Http author = http.bearer(http.post("/api/auth/login",
                "{\"email\":\"author@example.com\",\"password\":\"author-password\"}").json().at("/data/accessToken")
                .asText());
        String post = "{\"title\":\"Links\",\"slug\":\"links-put\",\"body\":\"Body text\",\"status\":\"draft\"";
        Http.Reply created = author.post("/api/posts", post + ",\"tagIds\":[1,2]}");
        assertThat(created.status()).isEqualTo(201);
        String path = "/api/posts/" + created.json().at("/data/id").asText();
        assertThat(created.json().at("/data/tagIds").toString()).isEqualTo("[1,2]");

        Http.Reply patched = author.patch(path, "{\"title\":\"Still linked\"}");
        assertThat(patched.json().at("/data/tagIds").toString()).isEqualTo("[1,2]");

        Http.Reply replaced = author.put(path, post + "}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().at("/data/tagIds").toString()).isEqualTo("[]");
        assertThat(author.get(path).json().at("/data/tagIds").toString()).isEqualTo("[]");
    }
}
