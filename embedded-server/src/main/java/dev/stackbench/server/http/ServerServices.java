package dev.stackbench.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.model.Project;
import dev.stackbench.server.auth.CredentialService;
import dev.stackbench.server.auth.SeedUser;
import dev.stackbench.server.auth.UserDirectory;
import dev.stackbench.server.events.CurrentModel;
import dev.stackbench.server.events.EntityEvents;
import dev.stackbench.server.ops.ServerMetrics;
import dev.stackbench.server.ops.TrafficRecorder;

import java.util.List;

/**
 * What a {@link RouteModule} may use: the current model (with reload listeners), the authenticator, the
 * entity-event sink, the credential service (tokens and sessions), the user directory, metrics, the traffic
 * recorder, the JSON mapper, the seed users, whether cookies are {@code Secure}, and the bound port (known once
 * the server has started).
 */
public record ServerServices(CurrentModel model, HttpAuthenticator authenticator, EntityEvents events,
                             CredentialService credentials, UserDirectory users, ServerMetrics metrics,
                             TrafficRecorder traffic, ObjectMapper json, List<SeedUser> seedUsers,
                             boolean secureCookies, java.util.function.IntSupplier port) {

    public Project project() {
        return model.get();
    }
}
