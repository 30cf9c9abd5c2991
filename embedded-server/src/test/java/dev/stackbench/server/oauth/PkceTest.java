package dev.stackbench.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void the_rfc_7636_appendix_b_example_matches() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(Pkce.challenge(verifier)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(Pkce.matches(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).isTrue();
    }

    @Test
    void another_verifier_does_not_match() {
        String challenge = Pkce.challenge(Pkce.randomToken());
        assertThat(Pkce.matches(Pkce.randomToken(), challenge)).isFalse();
    }

    @Test
    void a_verifier_shorter_than_43_characters_is_refused_even_if_it_hashes_right() {
        String shortVerifier = "abc";
        assertThat(Pkce.matches(shortVerifier, Pkce.challenge(shortVerifier))).isFalse();
    }

    @Test
    void a_plain_challenge_is_not_a_valid_s256_challenge() {
        assertThat(Pkce.validChallenge("short-plain-value")).isFalse();
    }
}
