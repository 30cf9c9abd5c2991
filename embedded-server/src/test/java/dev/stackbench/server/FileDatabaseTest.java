package dev.stackbench.server;

import dev.stackbench.model.Project;
import dev.stackbench.model.template.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FileDatabaseTest {
    @TempDir
    Path folder;

    @Test
    void a_file_database_keeps_rows_across_restarts_and_is_not_seeded_twice() {
        Project blog = Templates.load("blog");
        LiveServerOptions options = LiveServerOptions.anyPort().withDatabaseFile(folder.resolve("blog"));
        long tags;
        try (LiveServer first = LiveServer.start(blog, options)) {
            Http http = new Http(first.url());
            Http admin = http.header("Authorization", first.loginAs(first.seedUsers().get(2)).value());
            assertThat(admin.post("/api/tags", "{\"name\":\"Persistent\",\"slug\":\"persistent\"}").status())
                    .isEqualTo(201);
            tags = http.get("/api/tags").json().at("/meta/total").asLong();
        }
        try (LiveServer second = LiveServer.start(blog, options)) {
            Http http = new Http(second.url());
            assertThat(http.get("/api/tags").json().at("/meta/total").asLong()).isEqualTo(tags);
            assertThat(http.get("/api/tags?limit=100").body()).contains("Persistent");
            assertThat(second.seedUsers()).hasSize(3);
            assertThat(http.post("/api/auth/login", "{\"email\":\"admin@example.com\",\"password\":\"admin-password\"}")
                    .status()).isEqualTo(200);
        }
    }
}
