package dev.stackbench.server;

import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests against one live blog server per test class, rate limits lifted, with an HTTP client at its URL. */
abstract class BlogServerTest {
    static LiveServer server;
    static Http http;

    @BeforeAll
    static void startBlog() {
        server = LiveServer.start(Templates.load("blog"), LiveServerOptions.anyPort().withRateLimitsOff(true));
        http = new Http(server.url());
    }

    @AfterAll
    static void stopBlog() {
        server.stop();
    }
}
