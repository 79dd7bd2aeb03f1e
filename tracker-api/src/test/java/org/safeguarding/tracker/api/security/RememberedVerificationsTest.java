package org.safeguarding.tracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedVerificationsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final PasswordEncoder encoder = new RememberedVerifications(new Counting(new BCryptPasswordEncoder(4)),
            clock);
    private final String stored = encoder.encode("s3cret");

    @Test
    void aVerifiedPasswordIsNotHashedAgainWhileItIsRemembered() {
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        clock.advance(RememberedVerifications.REMEMBERED.minusSeconds(1));
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void onceForgottenItIsHashedAgain() {
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        clock.advance(RememberedVerifications.REMEMBERED);
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordPaysTheFullCostEveryTimeAndIsNeverLetThroughByARememberedOne() {
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        assertThat(encoder.matches("guess", stored)).isFalse();
        assertThat(encoder.matches("guess", stored)).isFalse();
        assertThat(encoder.matches("s3cret", encoder.encode("another"))).isFalse();
        assertThat(bcryptChecks).hasValue(4);
    }

    private final class Counting implements PasswordEncoder {

        private final PasswordEncoder delegate;

        Counting(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
