package dev.stackbench.server.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_argon2id_salted_and_verifies_only_its_password() {
        String hash = hasher.hash("correct horse");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.hash("correct horse")).isNotEqualTo(hash);
        assertThat(hasher.verify("correct horse", hash)).isTrue();
        assertThat(hasher.verify("wrong horse", hash)).isFalse();
    }

    @Test
    void a_malformed_hash_never_matches() {
        assertThat(hasher.verify("x", "$argon2id$broken")).isFalse();
        assertThat(hasher.verify("x", "!unusable")).isFalse();
    }
}
