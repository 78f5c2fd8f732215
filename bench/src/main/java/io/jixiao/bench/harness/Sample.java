package io.jixiao.bench.harness;

/**
 * One timed run.
 *
 * @param wallSeconds elapsed time
 * @param cpuSeconds  user + system time of the process and its children (NaN when not measurable)
 * @param peakRssMb   the largest resident set of the process, in MiB (NaN when not measurable)
 * @param exitCode    the process's exit status (0 for an in-process run)
 */
record Sample(double wallSeconds, double cpuSeconds, double peakRssMb, int exitCode) {
}
