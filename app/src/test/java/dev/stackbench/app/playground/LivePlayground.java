package dev.stackbench.app.playground;

import dev.stackbench.model.Project;
import dev.stackbench.server.LiveServer;
import dev.stackbench.server.LiveServerOptions;
import dev.stackbench.server.auth.SeedUser;
import javafx.application.Platform;

import java.util.List;

/** A real live server on a free port and a playground session attached to it, for tests. */
final class LivePlayground implements AutoCloseable {
    final LiveServer server;
    final PlaygroundSession session;
    /** The model as the owner of the session (the main window's document) sees it after the session's edits. */
    volatile Project model;

    LivePlayground(Project project) {
        model = project;
        server = LiveServer.start(project, LiveServerOptions.anyPort().withRateLimitsOff(true));
        session = new PlaygroundSession(project, server.url(), seeds(server.seedUsers()), Platform::runLater,
                edit -> model = edit.apply(model));
    }

    static List<SeedLogin> seeds(List<SeedUser> users) {
        return users.stream().map(u -> new SeedLogin(u.login(), u.password(), u.role())).toList();
    }

    /** Opens a playground window on this session, as the main window's "Open playground" does; returns its stage. */
    javafx.stage.Stage openWindow(org.testfx.api.FxRobot robot) {
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        robot.interact(() -> {
            stage[0] = new javafx.stage.Stage();
            new dev.stackbench.app.playground.view.PlaygroundWindow(session, stage[0]).show();
        });
        return stage[0];
    }

    SeedLogin seed(String role) {
        return session.seedUsers().stream().filter(s -> s.role().equals(role)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        session.sse().disconnect();
        server.stop();
    }
}
