package dev.stackbench.importer.db;

import dev.stackbench.importer.ImportException;
import dev.stackbench.importer.ImportNote;
import dev.stackbench.importer.ImportResult;
import dev.stackbench.model.AuthStrategy;
import dev.stackbench.model.Entity;
import dev.stackbench.model.FieldType;
import dev.stackbench.model.OnDelete;
import dev.stackbench.model.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Schemas written by hand, not by our export: checks, defaults, booleans, JSON, one-to-one, odd names. */
class HandWrittenSchemaTest {
    @Test
    void mariadbChecksDefaultsAndTypes() throws Exception {
        try (TempDatabase db = TempDatabase.create(DatabaseRoundTripTest.MARIADB, "", "root", "")) {
            db.run("""
                    CREATE TABLE accounts (id BIGINT AUTO_INCREMENT PRIMARY KEY, username VARCHAR(40) NOT NULL UNIQUE,
                      hashed_password VARCHAR(255) NOT NULL, active TINYINT(1) NOT NULL DEFAULT 1,
                      settings JSON, plan VARCHAR(10) NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'pro')),
                      score INT CHECK (score <= 100));
                    CREATE TABLE profiles (id BIGINT AUTO_INCREMENT PRIMARY KEY, bio TEXT,
                      account_id BIGINT NOT NULL UNIQUE, born DATE,
                      FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE);
                    CREATE TABLE audit_entries (seq INT, note VARCHAR(20));
                    CREATE INDEX ix_born ON profiles (born);
                    """);
            ImportResult result = DatabaseImporter.read(db.url(), "root", "");

            Entity account = result.project().entityNamed("Account").orElseThrow();
            assertThat(account.fieldNamed("plan").orElseThrow().enumValues()).containsExactly("free", "pro");
            assertThat(account.fieldNamed("plan").orElseThrow().defaultValue()).isEqualTo("free");
            assertThat(account.fieldNamed("active").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
            assertThat(account.fieldNamed("settings").orElseThrow().type()).isEqualTo(FieldType.JSON);
            assertThat(account.fieldNamed("score").orElseThrow().max()).isEqualTo(100.0);
            assertThat(account.fieldNamed("hashedPassword").orElseThrow().sensitive()).isTrue();
            assertThat(account.timestampsOff()).isTrue();
            assertThat(result.project().auth().strategy()).isEqualTo(AuthStrategy.JWT);
            assertThat(result.project().userEntity()).contains(account);
            Entity profile = result.project().entityNamed("Profile").orElseThrow();
            assertThat(profile.relationships()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(RelationKind.ONE_TO_ONE);
                assertThat(r.onDelete()).isEqualTo(OnDelete.CASCADE);
                assertThat(r.required()).isTrue();
            });
            assertThat(profile.fieldNamed("bio").orElseThrow().type()).isEqualTo(FieldType.TEXT);
            assertThat(result.project().entityNamed("AuditEntry")).isEmpty();
            assertThat(result.notes()).extracting(ImportNote::pointer).contains("audit_entries", "profiles.ix_born");
        }
    }

    @Test
    void anUnreachableDatabaseIsAnImportErrorNamingTheUrl() {
        String url = DatabaseRoundTripTest.POSTGRES + "sb_i17_does_not_exist";
        assertThatThrownBy(() -> DatabaseImporter.read(url, "postgres", "")).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(url + ": cannot be read");
    }
}
