package dev.stackbench.app.playground;

import dev.stackbench.model.Playground;
import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlaygroundSessionTest {
    private Project project = Templates.load("chat");
    private final PlaygroundSession session = new PlaygroundSession(project, "http://127.0.0.1:9", List.of(),
            Runnable::run, edit -> project = edit.apply(project));

    @Test
    void environment_lines_replace_the_environment_and_read_back_sorted() {
        session.applyEnvironment("token=abc\nbaseUrl = http://127.0.0.1:1234\nnot a variable\n");
        assertThat(session.environment()).containsEntry("token", "abc").containsEntry("baseUrl",
                "http://127.0.0.1:1234").hasSize(2);
        assertThat(session.environmentText()).isEqualTo("baseUrl=http://127.0.0.1:1234\ntoken=abc\n");
    }

    @Test
    void sse_and_websocket_requests_are_saved_into_the_models_collections() {
        session.saveRealtimeRequest("Chat", Playground.SavedRequest.Kind.WEBSOCKET, "chat",
                List.of("{\"type\":\"join\",\"room\":\"general\"}"));
        session.saveRealtimeRequest("Chat", Playground.SavedRequest.Kind.SSE, "chat", List.of());
        Playground.RequestCollection chat = project.playground().collections().get(0);
        assertThat(chat.name()).isEqualTo("Chat");
        assertThat(chat.requests()).extracting(Playground.SavedRequest::kind)
                .containsExactly(Playground.SavedRequest.Kind.WEBSOCKET, Playground.SavedRequest.Kind.SSE);
        assertThat(chat.requests().get(0).url()).isEqualTo("{{baseUrl}}/ws/chat");
        assertThat(chat.requests().get(0).messages()).containsExactly("{\"type\":\"join\",\"room\":\"general\"}");
    }

    @Test
    void a_deleted_request_leaves_the_model_and_takes_its_emptied_collection_along() {
        session.saveRealtimeRequest("Chat", Playground.SavedRequest.Kind.SSE, "chat", List.of());
        session.saveRealtimeRequest("Other", Playground.SavedRequest.Kind.SSE, "chat", List.of());
        String first = project.playground().collections().get(0).requests().get(0).id();
        session.deleteSavedRequest(first);
        assertThat(project.playground().collections()).extracting(Playground.RequestCollection::name)
                .containsExactly("Other");
        assertThat(session.collections()).isEqualTo(project.playground().collections());
    }

    @Test
    void list_endpoints_offer_their_filters_and_sort_fields_from_the_model() {
        Project blog = Templates.load("blog");
        String hints = RequestTemplates.queryHints(blog, blog.endpoint("ent_post.list").orElseThrow());
        assertThat(hints).contains("filter: status, authorId").contains("sort: createdAt, publishedAt, title")
                .contains("max 100");
        assertThat(RequestTemplates.queryHints(blog, blog.endpoint("ent_post.get").orElseThrow())).isEmpty();
    }
}
