package io.jixiao.bench.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Several runs of one piece of work, summarised by medians (machines are noisy; the median ignores one bad run). */
final class Measurement {

    final String id;
    final String work;
    final String how;
    final List<Sample> samples = new ArrayList<>();
    String note = "";

    /**
     * @param id   short stable name, used for ratios and in the JSON
     * @param work what is done, e.g. "check 10,000 filings"
     * @param how  through what, e.g. "mvn verify (plugin)"
     */
    Measurement(String id, String work, String how) {
        this.id = id;
        this.work = work;
        this.how = how;
    }

    double wall() {
        return median(Sample::wallSeconds);
    }

    double cpu() {
        return median(Sample::cpuSeconds);
    }

    double rss() {
        return median(Sample::peakRssMb);
    }

    boolean succeeded() {
        return !samples.isEmpty() && samples.stream().allMatch(s -> s.exitCode() == 0);
    }

    private double median(ToDoubleFunction<Sample> value) {
        double[] values = samples.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    @Override
    public String toString() {
        return id + Arrays.toString(samples.toArray());
    }
}
