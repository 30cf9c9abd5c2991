package dev.stackbench.app.playground;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlaygroundCoreTest {
    @Test
    void variables_are_substituted_everywhere_and_unknown_ones_stay_visible() {
        RequestSpec spec = new RequestSpec("get", "{{baseUrl}}/api/posts?limit={{limit}}",
                Map.of("Authorization", "Bearer {{token}}"), "{\"x\": \"{{missing}}\"}");
        RequestSpec resolved = spec.resolve(Map.of("baseUrl", "http://127.0.0.1:8080", "token", "abc",
                "limit", "5"));
        assertThat(resolved.method()).isEqualTo("GET");
        assertThat(resolved.url()).isEqualTo("http://127.0.0.1:8080/api/posts?limit=5");
        assertThat(resolved.headers()).containsEntry("Authorization", "Bearer abc");
        assertThat(resolved.body()).contains("{{missing}}");
        assertThat(Variables.undefined(spec.body(), Map.of())).containsExactly("missing");
    }

    @Test
    void curl_quotes_single_quotes_so_the_shell_passes_the_body_unchanged() {
        RequestSpec spec = new RequestSpec("POST", "http://127.0.0.1:1/api/posts",
                Map.of("Content-Type", "application/json"), "{\"title\":\"It's here\"}");
        assertThat(CurlCommand.of(spec)).isEqualTo("curl -sS -X POST -H 'Content-Type: application/json' "
                + "--data-raw '{\"title\":\"It'\\''s here\"}' 'http://127.0.0.1:1/api/posts'");
    }

    @Test
    void sse_parser_assembles_multi_line_data_and_remembers_the_last_id() {
        List<SseParser.SseEvent> events = new ArrayList<>();
        int[] comments = {0};
        SseParser parser = new SseParser(events::add, () -> comments[0]++);
        for (String line : List.of(": ping", "id: 7", "event: created", "data: {\"a\":1,", "data: \"b\":2}", "",
                "data: plain", "")) {
            parser.line(line);
        }
        assertThat(events).containsExactly(new SseParser.SseEvent("7", "created", "{\"a\":1,\n\"b\":2}"),
                new SseParser.SseEvent("7", "message", "plain"));
        assertThat(parser.lastEventId()).isEqualTo("7");
        assertThat(comments[0]).isEqualTo(1);
    }

    @Test
    void jwt_claims_are_decoded_for_display_and_garbage_is_empty() {
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"3\",\"exp\":2000000000}".getBytes());
        String token = "eyJhbGciOiJIUzI1NiJ9." + payload + ".sig";
        assertThat(JwtClaims.payload(token).orElseThrow().get("sub").asText()).isEqualTo("3");
        assertThat(JwtClaims.expiry(token).orElseThrow().getEpochSecond()).isEqualTo(2_000_000_000L);
        assertThat(JwtClaims.payload("not-a-token")).isEmpty();
    }

    @Test
    void status_meanings_name_the_contract_statuses() {
        assertThat(StatusMeaning.of(422)).startsWith("Unprocessable");
        assertThat(StatusMeaning.of(418)).isEqualTo("Client error");
    }
}
