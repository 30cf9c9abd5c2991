package dev.stackbench.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.model.template.Templates;
import dev.stackbench.server.auth.SeedUser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** WebSocket channels of the live server over real sockets (blog template plus a "chat" channel). */
class WebSocketChannelsTest {
    private static Live live;
    private static String author;
    private static String reader;

    static Project project() {
        Project blog = Templates.load("blog");
        List<Channel> channels = new ArrayList<>(blog.channels());
        channels.add(new Channel("ch_chat", "chat", Transport.WEBSOCKET, "Team chat", List.of("ent_post"),
                List.of("typing"), true, true, List.of(), 0, 512));
        return blog.withChannels(channels);
    }

    @BeforeAll
    static void start() throws Exception {
        live = new Live(project());
        author = live.login("author");
        reader = live.login("reader");
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    private static WsClient connect(String token) throws Exception {
        return connect(live, token);
    }

    private static WsClient connect(Live server, String token) throws Exception {
        return server.ws("/ws/chat", "Authorization", "Bearer " + token);
    }

    private static WsClient joined(String token, String room) throws Exception {
        return joined(live, token, room);
    }

    private static WsClient joined(Live server, String token, String room) throws Exception {
        WsClient client = connect(server, token);
        client.send("{\"type\":\"join\",\"room\":\"" + room + "\"}");
        assertThat(client.next("join")).isNotNull();
        return client;
    }

    private static SeedUser seed(String role) {
        return live.server.seedUsers().stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
    }

    @Test
    void two_clients_in_a_room_exchange_messages_with_the_sender_named() throws Exception {
        try (WsClient a = joined(author, "general"); WsClient b = joined(reader, "general")) {
            a.send("{\"type\":\"message\",\"room\":\"general\",\"data\":{\"text\":\"hello\"}}");
            JsonNode atB = b.next("message");
            assertThat(atB.path("room").asText()).isEqualTo("general");
            assertThat(atB.path("data").path("text").asText()).isEqualTo("hello");
            assertThat(atB.path("from").path("id").asText()).isEqualTo(seed("author").id());
            b.send("{\"type\":\"message\",\"room\":\"general\",\"data\":{\"text\":\"hi back\"}}");
            JsonNode atA = a.next("message");
            while (atA != null && !"hi back".equals(atA.path("data").path("text").asText())) {
                atA = a.next("message");
            }
            assertThat(atA).isNotNull();
            assertThat(atA.path("from").path("id").asText()).isEqualTo(seed("reader").id());
        }
    }

    @Test
    void a_message_reaches_only_the_members_of_its_room() throws Exception {
        try (WsClient a = joined(author, "one"); WsClient b = joined(reader, "two")) {
            a.send("{\"type\":\"message\",\"room\":\"one\",\"data\":\"only one\"}");
            assertThat(a.next("message").path("data").asText()).isEqualTo("only one");
            assertThat(b.next("message", 1)).isNull();
        }
    }

    @Test
    void a_direct_message_reaches_the_addressed_user() throws Exception {
        try (WsClient a = connect(author); WsClient b = joined(reader, "sync")) {
            // joined() waits for b's own join echo: the server has registered b before a addresses it.
            a.send("{\"type\":\"direct\",\"to\":\"" + seed("reader").id() + "\",\"data\":{\"text\":\"psst\"}}");
            JsonNode atB = b.next("direct");
            assertThat(atB.path("data").path("text").asText()).isEqualTo("psst");
            assertThat(atB.path("from").path("id").asText()).isEqualTo(seed("author").id());
        }
    }

    @Test
    void a_direct_message_to_a_user_who_is_not_connected_gets_an_error_frame() throws Exception {
        try (WsClient a = connect(author)) {
            a.send("{\"type\":\"direct\",\"to\":\"999999\",\"data\":\"anyone?\"}");
            assertThat(a.next("error").path("data").path("message").asText())
                    .isEqualTo("User 999999 is not connected to this channel");
        }
    }

    @Test
    void a_custom_typing_event_goes_to_the_rest_of_the_room_and_an_unknown_one_is_refused() throws Exception {
        try (WsClient a = joined(author, "typing-room"); WsClient b = joined(reader, "typing-room")) {
            a.send("{\"type\":\"event\",\"room\":\"typing-room\",\"data\":{\"type\":\"typing\"}}");
            JsonNode atB = b.next("event");
            assertThat(atB.path("data").path("type").asText()).isEqualTo("typing");
            assertThat(atB.path("from").path("id").asText()).isEqualTo(seed("author").id());
            a.send("{\"type\":\"event\",\"room\":\"typing-room\",\"data\":{\"type\":\"dance\"}}");
            assertThat(a.next("error").path("data").path("message").asText()).contains("typing");
        }
    }

    @Test
    void a_create_made_over_rest_arrives_as_an_event_frame() throws Exception {
        try (WsClient a = connect(reader)) {
            live.post("/api/posts", author,
                    "{\"title\":\"Socket news\",\"slug\":\"socket-news\",\"body\":\"x\",\"status\":\"draft\"}");
            JsonNode event = a.next("event");
            assertThat(event.path("data").path("type").asText()).isEqualTo("created");
            assertThat(event.path("data").path("resource").asText()).isEqualTo("posts");
            assertThat(event.path("data").path("data").path("title").asText()).isEqualTo("Socket news");
        }
    }

    @Test
    void malformed_and_oversize_frames_get_error_frames_and_the_socket_stays_usable() throws Exception {
        try (WsClient a = joined(author, "robust")) {
            a.send("{not json");
            assertThat(a.next("error").path("data").path("message").asText()).isEqualTo("Malformed JSON frame");
            a.send("{\"type\":\"fly\"}");
            assertThat(a.next("error").path("data").path("message").asText()).isEqualTo("Unknown frame type fly");
            a.send("{\"type\":\"message\",\"room\":\"robust\",\"data\":\"" + "x".repeat(600) + "\"}");
            assertThat(a.next("error").path("data").path("message").asText())
                    .isEqualTo("Message too large: at most 512 bytes");
            a.send("{\"type\":\"message\",\"room\":\"elsewhere\",\"data\":1}");
            assertThat(a.next("error").path("data").path("message").asText()).isEqualTo("Join room elsewhere first");
            a.send("{\"type\":\"message\",\"room\":\"robust\",\"data\":\"still here\"}");
            assertThat(a.next("message").path("data").asText()).isEqualTo("still here");
        }
    }

    @Test
    void an_upgrade_without_credentials_is_refused_with_401() {
        assertThatThrownBy(() -> live.ws("/ws/chat"))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @Test
    void an_upgrade_from_an_origin_outside_the_cors_list_is_refused_with_403() {
        assertThatThrownBy(() -> live.ws("/ws/chat", "Authorization", "Bearer " + author,
                "Origin", "https://evil.example"))
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(403));
    }

    @Test
    void an_upgrade_from_a_listed_origin_with_a_ticket_is_accepted_once() throws Exception {
        String ticket = Live.json(live.post("/api/streams/chat/ticket", reader, "{}")).path("data")
                .path("ticket").asText();
        try (WsClient ok = live.ws("/ws/chat?ticket=" + ticket, "Origin", "http://localhost:5173")) {
            ok.send("{\"type\":\"join\",\"room\":\"t\"}");
            assertThat(ok.next("join").path("from").path("id").asText()).isEqualTo(seed("reader").id());
        }
        assertThatThrownBy(() -> live.ws("/ws/chat?ticket=" + ticket))
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @Test
    void hot_reload_keeps_open_sockets_in_their_rooms_and_applies_new_custom_events() throws Exception {
        try (Live own = new Live(project())) {
            try (WsClient a = joined(own, own.login("author"), "r");
                 WsClient b = joined(own, own.login("reader"), "r")) {
                own.server.update(own.server.project().withChannel("ch_chat",
                        c -> c.withCustomEvents(List.of("typing", "reaction"))));
                a.send("{\"type\":\"event\",\"room\":\"r\",\"data\":{\"type\":\"reaction\",\"emoji\":\"+1\"}}");
                assertThat(b.next("event").path("data").path("emoji").asText()).isEqualTo("+1");
            }
        }
    }

    @Test
    void an_upgrade_naming_another_host_is_refused_before_the_handshake() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", live.server.port())) {
            socket.setSoTimeout(5000);
            String request = "GET /ws/chat HTTP/1.1\r\nHost: rebound.example\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " + author + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(status).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void open_sockets_show_in_the_metrics() throws Exception {
        try (WsClient a = connect(author)) {
            a.send("{\"type\":\"join\",\"room\":\"m\"}");
            a.next("join");
            assertThat(live.server.metrics().openStreams("websocket")).isPositive();
        }
    }
}
