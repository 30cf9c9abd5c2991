package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Entity;
import dev.stackbench.model.Field;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.model.template.Templates;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SSE channels of the live server over real sockets (blog template: public "activity", private "desk"). */
class SseChannelsTest {
    private static final String POST =
            "{\"title\":\"Live %s\",\"slug\":\"live-%s\",\"body\":\"x\",\"status\":\"draft\"}";
    private static Live live;
    private static String author;
    private static String admin;
    private static int posts;

    static Project project() {
        Project blog = Templates.load("blog");
        List<Channel> channels = new ArrayList<>(blog.channels());
        channels.add(new Channel("ch_desk", "desk", Transport.SSE, "Editors only", List.of("ent_post"),
                List.of("memo"), false, true, List.of("admin"), 50, 0));
        return blog.withChannels(channels);
    }

    @BeforeAll
    static void start() throws Exception {
        live = new Live(project());
        author = live.login("author");
        admin = live.login("admin");
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    private static JsonNode createPost() throws Exception {
        posts++;
        String n = System.nanoTime() + "-" + posts;
        HttpResponse<String> created = live.post("/api/posts", author, String.format(POST, n, n));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Live.json(created).path("data");
    }

    private static JsonNode data(SseStream.Event event) throws Exception {
        return Live.JSON.readTree(event.data());
    }

    @Test
    void a_subscriber_receives_the_created_event_of_a_create_made_by_another_client() throws Exception {
        try (SseStream stream = live.sse("/api/streams/activity")) {
            assertThat(stream.status).isEqualTo(200);
            JsonNode post = createPost();
            SseStream.Event event = stream.next(5);
            assertThat(event.event()).isEqualTo("created");
            assertThat(Long.parseLong(event.id())).isPositive();
            JsonNode payload = data(event);
            assertThat(payload.path("type").asText()).isEqualTo("created");
            assertThat(payload.path("resource").asText()).isEqualTo("posts");
            assertThat(payload.path("data").path("id")).isEqualTo(post.path("id"));
            assertThat(payload.path("data").path("title")).isEqualTo(post.path("title"));
        }
    }

    @Test
    void resume_with_last_event_id_returns_exactly_the_missed_events() throws Exception {
        String lastSeen;
        try (SseStream stream = live.sse("/api/streams/activity")) {
            createPost();
            lastSeen = stream.next(5).id();
        }
        List<String> missedTitles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missedTitles.add(createPost().path("title").asText());
        }
        try (SseStream resumed = live.sse("/api/streams/activity", "Last-Event-ID", lastSeen)) {
            long previous = Long.parseLong(lastSeen);
            for (String title : missedTitles) {
                SseStream.Event event = resumed.next(5);
                assertThat(Long.parseLong(event.id())).isEqualTo(previous + 1);
                assertThat(data(event).path("data").path("title").asText()).isEqualTo(title);
                previous++;
            }
            assertThat(resumed.next(1)).as("nothing beyond the missed events").isNull();
        }
    }

    @Test
    void an_admin_publishes_a_custom_event_that_subscribers_receive_with_its_id() throws Exception {
        try (SseStream stream = live.sse("/api/streams/activity")) {
            HttpResponse<String> published = live.post("/api/streams/activity/events", admin,
                    "{\"event\":\"announcement\",\"data\":{\"text\":\"Maintenance at noon\"}}");
            assertThat(published.statusCode()).isEqualTo(202);
            SseStream.Event event = stream.next(5);
            assertThat(event.event()).isEqualTo("announcement");
            assertThat(event.id()).isEqualTo(Live.json(published).path("data").path("id").asText());
            assertThat(data(event).path("data").path("text").asText()).isEqualTo("Maintenance at noon");
        }
    }

    @Test
    void publishing_needs_credentials_and_one_of_the_publish_roles() throws Exception {
        String body = "{\"event\":\"announcement\",\"data\":1}";
        HttpResponse<String> anonymous = live.post("/api/streams/activity/events", null, body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Live.json(anonymous).path("error").asText()).isEqualTo("Authentication required");
        HttpResponse<String> wrongRole = live.post("/api/streams/activity/events", author, body);
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(Live.json(wrongRole).path("error").asText()).isEqualTo("You do not have permission to do this");
    }

    @Test
    void an_unknown_event_name_answers_422_with_the_allowed_names() throws Exception {
        HttpResponse<String> r = live.post("/api/streams/activity/events", admin, "{\"event\":\"party\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = Live.json(r).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("event");
        assertThat(error.path("message").asText()).isEqualTo("must be one of: announcement");
    }

    @Test
    void a_channel_that_needs_auth_refuses_a_stream_without_credentials() throws Exception {
        HttpResponse<String> r = live.http.send(HttpRequest.newBuilder(URI.create(live.url("/api/streams/desk")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Live.json(r).path("error").asText()).isEqualTo("Authentication required");
    }

    @Test
    void a_stream_ticket_opens_one_stream_and_only_one() throws Exception {
        HttpResponse<String> issued = live.post("/api/streams/desk/ticket", admin, "{}");
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode data = Live.json(issued).path("data");
        assertThat(data.path("expiresIn").asInt()).isEqualTo(30);
        String ticket = data.path("ticket").asText();
        try (SseStream first = live.sse("/api/streams/desk?ticket=" + ticket)) {
            assertThat(first.status).isEqualTo(200);
            createPost();
            assertThat(first.next(5).event()).isEqualTo("created");
        }
        try (SseStream again = live.sse("/api/streams/desk?ticket=" + ticket)) {
            assertThat(again.status).isEqualTo(401);
        }
    }

    @Test
    void a_bearer_token_opens_a_stream_on_a_channel_that_needs_auth() throws Exception {
        try (SseStream stream = live.sse("/api/streams/desk", "Authorization", "Bearer " + author)) {
            assertThat(stream.status).isEqualTo(200);
        }
    }

    @Test
    void an_unknown_channel_answers_404_in_the_envelope() throws Exception {
        HttpResponse<String> r = live.http.send(HttpRequest.newBuilder(URI.create(live.url("/api/streams/nope")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Live.json(r).path("error").asText()).isEqualTo("No route for GET /api/streams/nope");
    }

    @Test
    void open_streams_show_in_the_metrics() throws Exception {
        try (SseStream stream = live.sse("/api/streams/activity")) {
            assertThat(live.server.metrics().openStreams("sse")).isPositive();
            assertThat(live.server.metrics().scrape()).contains("stackbench_open_streams{transport=\"sse\"}");
        }
    }

    @Test
    void hot_reload_adding_a_field_and_an_entity_keeps_an_open_subscription() throws Exception {
        try (Live own = new Live(project())) {
            String token = own.login("author");
            try (SseStream stream = own.sse("/api/streams/activity")) {
                Project before = own.server.project();
                Project next = before
                        .withEntity("ent_post", e -> e.withFields(append(e.fields(),
                                Field.of("fld_post_mood", "mood", FieldType.STRING))))
                        .withEntities(append(before.withEntity("ent_post", e -> e.withFields(append(e.fields(),
                                Field.of("fld_post_mood", "mood", FieldType.STRING)))).entities(),
                                Entity.named("ent_badge", "Badge").withFields(List.of(
                                        Field.of("fld_badge_label", "label", FieldType.STRING)))));
                own.server.update(next);
                HttpResponse<String> created = own.post("/api/posts", token,
                        "{\"title\":\"After reload\",\"slug\":\"after-reload\",\"body\":\"x\",\"status\":\"draft\","
                                + "\"mood\":\"happy\"}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                SseStream.Event event = stream.next(5);
                assertThat(event.event()).isEqualTo("created");
                assertThat(data(event).path("data").path("mood").asText()).isEqualTo("happy");
            }
        }
    }

    @Test
    void a_graceful_stop_sends_a_final_close_event() throws Exception {
        Live own = new Live(project());
        try (SseStream stream = own.sse("/api/streams/activity")) {
            own.close();
            SseStream.Event last = stream.next(5);
            assertThat(last.event()).isEqualTo("close");
            assertThat(data(last).path("type").asText()).isEqualTo("close");
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
