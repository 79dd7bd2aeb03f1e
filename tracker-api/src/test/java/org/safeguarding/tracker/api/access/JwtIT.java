package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens, as production signs in: an issuer's RSA key, its JWK set served by this test on a loopback port.
 * Only a token of the configured issuer and audience, signed by its key, valid now and naming a tracker role
 * (and an agency for AGENCY) signs anyone in; every other one is a 401 problem.
 */
class JwtIT extends ApiTest {

    private static final String ISSUER = "https://sign-in.board.test";
    private static final String AUDIENCE = "case-review-tracker";
    private static final String KEY_ID = "board-key-1";
    private static final KeyPair ISSUER_KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();
    private static final HttpServer JWKS = jwks();

    @DynamicPropertySource
    static void bearerTokens(DynamicPropertyRegistry registry) {
        registry.add("tracker.security.jwt.issuer", () -> ISSUER);
        registry.add("tracker.security.jwt.audience", () -> AUDIENCE);
        registry.add("tracker.security.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    static void stopTheIssuer() {
        JWKS.stop(0);
    }

    @Test
    void aValidTokenSignsItsSubjectInWithItsRoleAndIsTheActorOfItsCommands() {
        Api board = api.withBearer(token(claims -> { }));
        String agency = uniqueCode("JWT");
        Api.Answer registered = board.put("/api/v1/agencies/" + agency, Map.of("name", "Agency by token"));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String id = given.recommendation();
        assertThat(board.post("/api/v1/recommendations/" + id + "/response",
                Map.of("decision", "ACCEPTED", "respondedOn", "2012-02-01")).status()).isEqualTo(200);
        Api.Answer history = api.get("/api/v1/recommendations/" + id + "/history");
        assertThat(history.json().get(1).get("actor").asText()).isEqualTo("chair@board.test");
        assertThat(history.json().get(1).get("role").asText()).isEqualTo("BOARD");

        Api agencyA = api.withBearer(token(claims -> claims.claim("tracker_role", "AGENCY")
                .claim("tracker_agency", TestUsers.AGENCY_A_CODE)));
        assertThat(agencyA.get("/api/v1/views/outstanding-by-agency").status()).isEqualTo(200);
        assertThat(agencyA.get("/api/v1/events").status()).as("outside the AGENCY role").isEqualTo(403);
        assertThat(api.get("/api/v1/agencies").status()).as("Basic users still sign in").isEqualTo(200);
    }

    @Test
    void anExpiredTokenIs401() {
        assertRefused(token(claims -> claims.expirationTime(date(Instant.now().minus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenNotYetValidIs401() {
        assertRefused(token(claims -> claims.notBeforeTime(date(Instant.now().plus(Duration.ofMinutes(5))))));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        assertRefused(sign(claims(claims -> { }), (RSAPrivateKey) OTHER_KEY.getPrivate()));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() {
        assertRefused(token(claims -> claims.issuer("https://elsewhere.test")));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        assertRefused(token(claims -> claims.audience("another-service")));
    }

    @Test
    void aTokenWithoutARoleIs401() {
        assertRefused(token(claims -> claims.claim("tracker_role", null)));
    }

    @Test
    void aTokenWithAnUnknownRoleIs401() {
        assertRefused(token(claims -> claims.claim("tracker_role", "ADMIN")));
    }

    @Test
    void anAgencyTokenWithoutAnAgencyIs401() {
        assertRefused(token(claims -> claims.claim("tracker_role", "AGENCY")));
    }

    @Test
    void aTokenThatIsNoJwtIs401() {
        assertRefused("not-a-token");
    }

    private void assertRefused(String token) {
        Api.Answer answer = api.withBearer(token).get("/api/v1/agencies");
        assertThat(answer.status()).as(answer.text()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:tracker:problem:unauthenticated");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    /** A BOARD token valid for five minutes, changed by {@code change}. */
    private static String token(Consumer<JWTClaimsSet.Builder> change) {
        return sign(claims(change), (RSAPrivateKey) ISSUER_KEY.getPrivate());
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .subject("chair@board.test").issueTime(date(now)).notBeforeTime(date(now.minusSeconds(5)))
                .expirationTime(date(now.plus(Duration.ofMinutes(5)))).claim("tracker_role", "BOARD");
        change.accept(claims);
        return claims.build();
    }

    private static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer's public key as a JWK set, at http://127.0.0.1:port/jwks. */
    private static HttpServer jwks() {
        byte[] body = new JWKSet(new RSAKey.Builder((RSAPublicKey) ISSUER_KEY.getPublic()).keyID(KEY_ID).build())
                .toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
