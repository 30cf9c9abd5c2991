package dev.stackbench.server.auth;

/** A ready-to-send credential: {@code Authorization: Bearer …} or {@code Cookie: sb_session=…}. */
public record LoginHeader(String name, String value) {
}
