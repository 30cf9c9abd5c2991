package dev.stackbench.server.realtime;

import java.util.List;

/**
 * Who is on the other end of a stream or socket: the authenticated user's id, display name and roles, or an
 * anonymous client (null id) on a channel without auth.
 */
public record Peer(String id, String name, List<String> roles) {
    public Peer {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static Peer anonymous() {
        return new Peer(null, "anonymous", List.of());
    }

    public boolean authenticated() {
        return id != null;
    }
}
