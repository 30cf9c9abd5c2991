package dev.stackbench.app.playground;

import dev.stackbench.model.Playground.SavedRequest;

/** How a saved request of the model's collections is reopened: as an editor request, or as the channel it streams. */
public final class SavedRequests {
    private SavedRequests() {
    }

    public static RequestSpec spec(SavedRequest saved) {
        return new RequestSpec(saved.method(), saved.url(), saved.headers(), saved.body());
    }

    /** The channel of a saved SSE or WebSocket request: the last segment of {@code .../streams/chat} or {@code .../ws/chat}. */
    public static String channel(SavedRequest saved) {
        return saved.url().substring(saved.url().lastIndexOf('/') + 1);
    }
}
