#!/bin/sh
# The jixiao benchmark, one command: builds the plugin, the command line and the harness (no tests, nothing
# installed into ~/.m2), then measures check, render, no-op reruns, one file and 100,000 files against a bare
# snakeyaml-engine load of the same corpus, and prints the table and the acceptance ratios of issue 13.
#
#   bench/run.sh                 # the full run (corpora of 10,000, 1,000 and 100,000 filings; about 15–30 minutes)
#   bench/run.sh --quick         # 1,000 / 200 / 10,000 filings, 2 runs each: a few minutes
#   bench/run.sh --runs 5 --scale 0 …   # see Settings.java for every option
#
# Results: bench/target/bench/results.md and results.json; each run's output in bench/target/bench/logs/.
# Needs JDK 17+, GNU time (/usr/bin/time, Debian package "time") for CPU and memory, and python3-openpyxl for the
# render ratio (skipped, and said so, when missing). Corpora are kept in bench/target/corpora and reused.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "[bench] building the plugin, jixiao-cli.jar and the harness…"
./mvnw -B -q -pl bench,cli -am package -DskipTests -Dinvoker.skip=true
exec java -Xmx3g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.jixiao.bench.harness.Harness \
  --root "$root" "$@"
