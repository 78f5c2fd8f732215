#!/bin/sh
# The pre-commit hook (see .pre-commit-hooks.yaml): runs `jixiao-cli.jar check` on the files pre-commit passes.
#
# The jar is JIXIAO_CLI_JAR when set, else cli/target/jixiao-cli.jar of this repository, built here once with the
# Maven wrapper when missing. JVM flags for a run of a second or less (measured with bench/run.sh, see README
# "性能"): C1 only and the serial collector (a short run never reaches C2 or needs a parallel GC), and a
# class-data-sharing archive of the jar's classes, written on the first run and reused after (JDK 17: the archive
# is made with -XX:ArchiveClassesAtExit; a stale or unusable archive is ignored by the JVM, which then starts as
# usual). Extra flags: JIXIAO_JAVA_OPTS.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${JIXIAO_CLI_JAR:-$root/cli/target/jixiao-cli.jar}
if [ ! -f "$jar" ]; then
  echo "jixiao: building $jar once (./mvnw package, a minute or two)…" >&2
  (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests -Dinvoker.skip=true) >&2
fi
archive="${jar%.jar}.jsa"
if [ -f "$archive" ]; then
  cds="-XX:SharedArchiveFile=$archive -Xshare:auto"
else
  cds="-XX:ArchiveClassesAtExit=$archive"
fi
# shellcheck disable=SC2086 # the option strings are word lists
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $cds -Xlog:cds=off -Xlog:cds+dynamic=off \
  ${JIXIAO_JAVA_OPTS:-} -jar "$jar" check "$@"
