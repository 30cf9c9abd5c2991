package dev.stackbench.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JWT auth of the blog template over real HTTP: login, register, refresh rotation and reuse, logout. */
class AuthFlowTest extends BlogServerTest {
    private static JsonNode login(String email, String password) {
        Http.Reply r = http.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("data");
    }

    @Test
    void login_returns_a_bearer_pair_and_the_user_without_its_password_hash() {
        JsonNode data = login("author@example.com", "author-password");
        assertThat(data.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(data.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(data.get("user").get("role").asText()).isEqualTo("author");
        assertThat(data.get("user").has("passwordHash")).isFalse();
        assertThat(http.bearer(data.get("accessToken").asText()).get("/api/auth/me").json().at("/data/email").asText())
                .isEqualTo("author@example.com");
    }

    @Test
    void a_wrong_password_is_a_401_with_the_contract_sentence() {
        Http.Reply r = http.post("/api/auth/login", "{\"email\":\"author@example.com\",\"password\":\"nope-nope\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.error()).isEqualTo("Invalid login or password");
    }

    @Test
    void register_gives_the_default_role_and_refuses_a_role_in_the_body() {
        Http.Reply ok = http.post("/api/auth/register",
                "{\"email\":\"new.reader@example.com\",\"password\":\"long-enough\",\"displayName\":\"New Reader\"}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().at("/data/user/role").asText()).isEqualTo("reader");
        Http.Reply role = http.post("/api/auth/register",
                "{\"email\":\"x@example.com\",\"password\":\"long-enough\",\"displayName\":\"X Y\",\"role\":\"admin\"}");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.json().at("/errors/0/message").asText()).isEqualTo("is read-only");
    }

    @Test
    void register_with_a_short_password_and_a_taken_email_fails_clearly() {
        Http.Reply shortPassword = http.post("/api/auth/register",
                "{\"email\":\"short@example.com\",\"password\":\"short\",\"displayName\":\"Shorty\"}");
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.json().at("/errors/0/field").asText()).isEqualTo("password");
        assertThat(shortPassword.json().at("/errors/0/message").asText()).isEqualTo("must be at least 8 characters");
        Http.Reply taken = http.post("/api/auth/register",
                "{\"email\":\"admin@example.com\",\"password\":\"long-enough\",\"displayName\":\"Copycat\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().at("/errors/0/message").asText()).isEqualTo("is already taken");
    }

    @Test
    void refresh_rotates_and_a_reused_token_revokes_the_whole_family() {
        String first = login("reader@example.com", "reader-password").get("refreshToken").asText();
        Http.Reply rotated = http.post("/api/auth/refresh", "{\"refreshToken\":\"" + first + "\"}");
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.json().at("/data/refreshToken").asText();
        assertThat(second).isNotEqualTo(first);
        Http.Reply reuse = http.post("/api/auth/refresh", "{\"refreshToken\":\"" + first + "\"}");
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.error()).isEqualTo("Invalid or expired credentials");
        assertThat(http.post("/api/auth/refresh", "{\"refreshToken\":\"" + second + "\"}").status()).isEqualTo(401);
    }

    @Test
    void logout_revokes_the_refresh_token() {
        String refresh = login("reader@example.com", "reader-password").get("refreshToken").asText();
        assertThat(http.post("/api/auth/logout", "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(204);
        assertThat(http.post("/api/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}").status()).isEqualTo(401);
    }

    @Test
    void a_malformed_authorization_header_is_a_401() {
        Http.Reply r = http.header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/auth/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.error()).isEqualTo("Invalid or expired credentials");
    }

    @Test
    void a_reader_cannot_create_posts_and_an_author_cannot_change_another_authors_post() {
        String reader = login("reader@example.com", "reader-password").get("accessToken").asText();
        String body = "{\"title\":\"Mine now\",\"slug\":\"mine-now\",\"body\":\"text\"}";
        assertThat(http.bearer(reader).post("/api/posts", body).error()).isEqualTo("You do not have permission to do this");
        String author = login("author@example.com", "author-password").get("accessToken").asText();
        String created = http.bearer(author).post("/api/posts", body).json().at("/data/id").asText();
        String admin = login("admin@example.com", "admin-password").get("accessToken").asText();
        assertThat(http.bearer(admin).patch("/api/posts/" + created, "{\"title\":\"Edited by admin\"}").status())
                .isEqualTo(200);
        Http.Reply other = http.bearer(reader).patch("/api/posts/" + created, "{\"title\":\"Hijacked\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.error()).isEqualTo("You can only change your own post");
    }
}
