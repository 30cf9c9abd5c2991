package dev.stackbench.server.realtime;

/** A client error the realtime routes answer with the envelope: status, contract sentence, optional field. */
final class Refusal extends RuntimeException {
    private final int status;
    private final String field;
    private final String fieldMessage;

    Refusal(int status, String message) {
        this(status, message, null, null);
    }

    Refusal(int status, String message, String field, String fieldMessage) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.fieldMessage = fieldMessage;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }

    String fieldMessage() {
        return fieldMessage;
    }

    static Refusal unauthenticated() {
        return new Refusal(401, "Authentication required");
    }

    static Refusal invalidCredentials() {
        return new Refusal(401, "Invalid or expired credentials");
    }

    static Refusal forbidden() {
        return new Refusal(403, "You do not have permission to do this");
    }
}
