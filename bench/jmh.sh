#!/bin/sh
# JMH benchmarks of the hot paths (io.jixiao.bench.jmh.HotPaths): parse, YAML with positions, schema, rules, one
# workbook, one page, and the bare snakeyaml-engine load as the floor. Arguments go to JMH, e.g.
#   bench/jmh.sh                         # everything, about 3 minutes
#   bench/jmh.sh 'HotPaths.renderWorkbook' -prof gc
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -B -q -pl bench -am package -DskipTests -Dinvoker.skip=true
if [ $# -eq 0 ]; then
  set -- HotPaths
fi
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main "$@"
