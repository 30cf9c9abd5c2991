package dev.stackbench.server.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stackbench.server.auth.CredentialService;
import dev.stackbench.server.auth.PasswordHasher;
import dev.stackbench.server.db.Database;
import dev.stackbench.server.events.EntityEvents;
import dev.stackbench.server.ops.RateLimiter;

/** The long-lived parts every REST handler shares across hot reloads. */
public record RestContext(Database database, CredentialService credentials, PasswordHasher hasher,
                          EntityEvents events, ObjectMapper json, boolean secureCookies, RateLimiter limiter,
                          boolean rateLimitsOff) {
}
