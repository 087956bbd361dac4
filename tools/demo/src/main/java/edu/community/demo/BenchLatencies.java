package edu.community.demo;

import java.util.Arrays;
import java.util.Collection;

/** Latencies of one measured series, in microseconds: percentiles by the nearest-rank method. */
record BenchLatencies(long[] sorted, double seconds) {

    static BenchLatencies of(Collection<Long> micros, double seconds) {
        long[] values = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        return new BenchLatencies(values, seconds);
    }

    int count() {
        return sorted.length;
    }

    /** The q-quantile in milliseconds (q = 0.5, 0.99); NaN without values. */
    double millis(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    double perSecond() {
        return seconds > 0 ? sorted.length / seconds : Double.NaN;
    }

    /** Prints {@code M <key>.p50|p99|n|rate <value>} lines, the figures benchmarks/run.sh tabulates. */
    void print(String key) {
        BenchMain.figure(key + ".p50", millis(0.5));
        BenchMain.figure(key + ".p99", millis(0.99));
        BenchMain.figure(key + ".n", count());
        if (seconds > 0) {
            BenchMain.figure(key + ".rate", perSecond());
        }
    }
}
