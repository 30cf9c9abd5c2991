package dev.stackbench.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Saved playground requests (HTTP, SSE and WebSocket alike) and environments of variables. */
public record Playground(List<RequestCollection> collections, List<Environment> environments,
                         String activeEnvironment) {
    public Playground {
        collections = Lists.copy(collections);
        environments = Lists.copy(environments);
    }

    public static Playground empty() {
        return new Playground(List.of(), List.of(), null);
    }

    public record RequestCollection(String id, String name, List<SavedRequest> requests) {
        public RequestCollection {
            requests = Lists.copy(requests);
        }
    }

    /** {@code kind} is http, sse or websocket; {@code messages} are frames a WebSocket request sends. */
    public record SavedRequest(String id, String name, Kind kind, String method, String url,
                               Map<String, String> headers, String body, List<String> messages) {
        public SavedRequest {
            kind = kind == null ? Kind.HTTP : kind;
            headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(headers));
            messages = Lists.copy(messages);
        }

        public enum Kind { HTTP, SSE, WEBSOCKET }
    }

    public record Environment(String id, String name, Map<String, String> variables) {
        public Environment {
            variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(variables));
        }
    }
}
