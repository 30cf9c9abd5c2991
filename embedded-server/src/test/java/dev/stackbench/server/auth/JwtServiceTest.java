package dev.stackbench.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.stackbench.model.JwtSettings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JwtServiceTest {
    private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final JwtService service = new JwtService(JwtSettings.defaults(), secret);
    private final Caller ada = new Caller("7", "Ada", List.of("admin"));

    private com.auth0.jwt.JWTCreator.Builder valid() {
        Instant now = Instant.now();
        return JWT.create().withIssuer("stackbench").withAudience("api").withSubject("7").withClaim("typ", "access")
                .withClaim("roles", List.of("admin")).withIssuedAt(now).withExpiresAt(now.plusSeconds(60))
                .withJWTId("j1");
    }

    @Test
    void an_issued_token_names_its_caller() {
        assertThat(service.verify(service.issue(ada))).contains(new Caller("7", "Ada", List.of("admin")));
    }

    @Test
    void a_well_formed_token_signed_with_the_secret_is_accepted() {
        assertThat(service.verify(valid().sign(Algorithm.HMAC256(secret)))).isPresent();
    }

    @Test
    void an_expired_token_is_rejected() {
        Instant past = Instant.now().minusSeconds(3600);
        String token = valid().withIssuedAt(past).withExpiresAt(past.plusSeconds(60)).sign(Algorithm.HMAC256(secret));
        assertThat(service.verify(token)).isEmpty();
    }

    @Test
    void a_token_without_exp_is_rejected() {
        String token = JWT.create().withIssuer("stackbench").withAudience("api").withSubject("7")
                .withClaim("typ", "access").withIssuedAt(Instant.now()).withJWTId("j").sign(Algorithm.HMAC256(secret));
        assertThat(service.verify(token)).isEmpty();
    }

    @Test
    void a_wrong_issuer_or_audience_is_rejected() {
        assertThat(service.verify(valid().withIssuer("evil").sign(Algorithm.HMAC256(secret)))).isEmpty();
        assertThat(service.verify(valid().withAudience("other").sign(Algorithm.HMAC256(secret)))).isEmpty();
    }

    @Test
    void a_refresh_typed_token_is_not_an_access_token() {
        assertThat(service.verify(valid().withClaim("typ", "refresh").sign(Algorithm.HMAC256(secret)))).isEmpty();
    }

    @Test
    void a_token_signed_with_another_secret_is_rejected() {
        byte[] other = "another-secret-another-secret-00".getBytes(StandardCharsets.UTF_8);
        assertThat(service.verify(valid().sign(Algorithm.HMAC256(other)))).isEmpty();
    }

    @Test
    void alg_none_is_rejected() {
        String signed = valid().sign(Algorithm.HMAC256(secret));
        String payload = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(service.verify(header + "." + payload + ".")).isEmpty();
    }

    @Test
    void garbage_is_rejected() {
        assertThat(service.verify("not-a-token")).isEmpty();
    }
}
