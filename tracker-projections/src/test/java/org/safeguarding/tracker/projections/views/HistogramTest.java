package org.safeguarding.tracker.projections.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void anEmptyHistogramHasNoStatistics() {
        Histogram histogram = new Histogram();
        histogram.add(10, 0);

        assertThat(histogram.size()).isZero();
        assertThat(histogram.percentile(0.5)).isNull();
        assertThat(histogram.mean()).isNull();
    }

    @Test
    void oneValueIsItsOwnMedianP90AndMean() {
        Histogram histogram = new Histogram();
        histogram.add(108, 1);

        assertThat(histogram.percentile(0.5)).isEqualTo(108.0);
        assertThat(histogram.percentile(0.9)).isEqualTo(108.0);
        assertThat(histogram.mean()).isEqualTo(108.0);
    }

    @Test
    void percentilesInterpolateBetweenRanksAsPercentileCont() {
        // values 10, 20, 20, 40: percentile_cont(0.5) = 20, percentile_cont(0.9) at position 2.7 = 20 + 0.7 * 20
        Histogram histogram = new Histogram();
        histogram.add(40, 1);
        histogram.add(20, 2);
        histogram.add(10, 1);

        assertThat(histogram.percentile(0.5)).isEqualTo(20.0);
        assertThat(histogram.percentile(0.9)).isEqualTo(34.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(histogram.mean()).isEqualTo(22.5);
    }

    @Test
    void amountsThatCancelLeaveNothingBehind() {
        // a closure later reopened adds +1 and then -1 at the same value
        Histogram histogram = new Histogram();
        histogram.add(30, 1);
        histogram.add(30, -1);
        histogram.add(5, 1);

        assertThat(histogram.size()).isEqualTo(1);
        assertThat(histogram.percentile(0.5)).isEqualTo(5.0);
    }
}
