package dev.stackbench.server;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cookie sessions of the chat template: flags, a new id at every login, logout clears and revokes. */
class SessionAuthTest {
    @Test
    void session_cookie_is_httponly_lax_renewed_at_login_and_revoked_at_logout() {
        dev.stackbench.model.Project chat = Templates.load("chat");
        try (LiveServer server = LiveServer.start(chat, LiveServerOptions.anyPort())) {
            Http http = new Http(server.url());
            String body = "{\"email\":\"member@example.com\",\"password\":\"member-password\"}";
            Http.Reply first = http.post("/api/auth/login", body);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().at("/data/accessToken").isMissingNode()).isTrue();
            String cookie = first.header("Set-Cookie");
            assertThat(cookie).startsWith(chat.auth().session().cookieName() + "=").contains("; Path=/", "; HttpOnly", "; SameSite=Lax")
                    .doesNotContain("Secure");
            String second = http.post("/api/auth/login", body).header("Set-Cookie");
            assertThat(second.split(";")[0]).isNotEqualTo(cookie.split(";")[0]);
            Http withCookie = http.header("Cookie", cookie.split(";")[0]);
            assertThat(withCookie.get("/api/auth/me").status()).isEqualTo(200);
            Http.Reply logout = withCookie.post("/api/auth/logout", "{}");
            assertThat(logout.status()).isEqualTo(204);
            assertThat(logout.header("Set-Cookie")).contains("Max-Age=0");
            Http.Reply after = withCookie.get("/api/auth/me");
            assertThat(after.status()).isEqualTo(401);
            assertThat(after.error()).isEqualTo("Invalid or expired credentials");
        }
    }
}
