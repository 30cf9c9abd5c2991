package dev.stackbench.export.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbench.export.GeneratedFile;
import dev.stackbench.export.Goldens;
import dev.stackbench.model.Channel;
import dev.stackbench.model.Naming;
import dev.stackbench.model.Project;
import dev.stackbench.model.Transport;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.stackbench.export.ExportFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document of the templates with channels: shape, addresses, operations, and a golden copy. */
class AsyncApiWriterTest {
    static List<String> templatesWithChannels() {
        return Templates.NAMES.stream().filter(t -> !Templates.load(t).channels().isEmpty()).toList();
    }

    @Test
    void there_is_no_document_without_channels() {
        assertThat(AsyncApiWriter.write(Templates.load("blank"))).isEmpty();
        assertThat(templatesWithChannels()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("templatesWithChannels")
    void every_channel_has_its_address_messages_and_operations(String template) throws Exception {
        Project project = Templates.load(template);
        JsonNode doc = yaml(AsyncApiWriter.write(project).orElseThrow().content());
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.get("channels").size()).isEqualTo(project.channels().size());
        for (Channel c : project.channels()) {
            String id = Naming.camel(c.name());
            boolean ws = c.transport() == Transport.WEBSOCKET;
            JsonNode channel = doc.at("/channels/" + id);
            assertThat(channel.get("address").asText()).isEqualTo((ws ? "/ws/" : "/api/streams/") + c.name());
            assertThat(doc.at("/operations/receive" + Naming.pascal(c.name()) + "/action").asText())
                    .isEqualTo("receive");
            assertThat(doc.at("/operations/send" + Naming.pascal(c.name())).isMissingNode())
                    .isEqualTo(!(ws && c.clientsSend()));
        }
    }

    @ParameterizedTest
    @MethodSource("templatesWithChannels")
    void protected_channels_accept_the_apis_credentials_or_a_ticket_and_name_their_custom_events(String template)
            throws Exception {
        Project project = Templates.load(template);
        JsonNode doc = yaml(AsyncApiWriter.write(project).orElseThrow().content());
        for (Channel c : project.channels()) {
            JsonNode security = doc.at("/operations/receive" + Naming.pascal(c.name()) + "/security");
            if (c.authRequired() && project.auth().enabled()) {
                assertThat(security.size()).isEqualTo(2);
                security.forEach(ref -> assertThat(doc.at(ref.get("$ref").asText().substring(1)).isObject()).isTrue());
            } else {
                assertThat(security.isMissingNode()).isTrue();
            }
            if (!c.customEvents().isEmpty() && c.transport() == Transport.SSE) {
                JsonNode names = doc.at("/components/messages/" + Naming.camel(c.name())
                        + "Event/payload/properties/type/enum");
                List<String> listed = new java.util.ArrayList<>();
                names.forEach(n -> listed.add(n.asText()));
                assertThat(listed).isEqualTo(c.customEvents());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templatesWithChannels")
    void entity_events_and_frames_have_the_contract_payloads_and_appear_only_where_used(String template)
            throws Exception {
        Project project = Templates.load(template);
        JsonNode messages = yaml(AsyncApiWriter.write(project).orElseThrow().content()).at("/components/messages");
        boolean sockets = project.channels().stream().anyMatch(c -> c.transport() == Transport.WEBSOCKET);
        boolean rows = project.channels().stream().anyMatch(c -> c.transport() == Transport.SSE
                && !c.entityIds().isEmpty());
        assertThat(messages.has("frame")).isEqualTo(sockets);
        assertThat(messages.has("entityEvent")).isEqualTo(rows);
        if (rows) {
            assertThat(messages.at("/entityEvent/payload/required").toString())
                    .isEqualTo("[\"type\",\"resource\",\"data\"]");
            assertThat(messages.at("/entityEvent/payload/properties/type/enum").toString())
                    .isEqualTo("[\"created\",\"updated\",\"deleted\"]");
        }
        if (sockets) {
            assertThat(messages.at("/frame/payload/properties").has("room")).isTrue();
            assertThat(messages.at("/frame/payload/properties").has("to")).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("templatesWithChannels")
    void the_document_matches_its_golden_copy(String template) throws Exception {
        GeneratedFile file = AsyncApiWriter.write(Templates.load(template)).orElseThrow();
        assertThat(file).isEqualTo(AsyncApiWriter.write(Templates.load(template)).orElseThrow());
        Goldens.check(template, file);
    }
}
