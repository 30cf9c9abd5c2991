package dev.stackbench.app.playground;

/**
 * Whom a WebSocket console connects as: whoever the playground is logged in as, nobody, or a seed user of its
 * own, so two users can talk in one room without logging the whole playground in and out.
 */
public record ConnectAs(String label, SeedLogin user) {
    public static final ConnectAs PLAYGROUND = new ConnectAs("playground login", null);
    public static final ConnectAs ANONYMOUS = new ConnectAs("anonymous", null);

    public static ConnectAs user(SeedLogin user) {
        return new ConnectAs(user.toString(), user);
    }

    @Override
    public String toString() {
        return label;
    }
}
