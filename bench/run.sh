#!/bin/sh
# Issue-5 benchmark: authorization load vs pgbench -N, worklist and due-today sweep at growing
# population sizes, server start-up and memory. Everything runs on 127.0.0.1 against a throwaway
# embedded PostgreSQL under /tmp, and is bounded in time.
#
#   bench/run.sh [--short] [--patients N] [--clients 8,32,64] [--duration S] [--scale 100000,...]
#                [--seed S] [--server-heap 256m] [--pgbench-scale 10] [--no-build] [--jmh] [--jfr --keep]
#
# --short: 2,000 patients (one prescriber), 5 s per client count, no larger populations,
#          pgbench scale 1 (about 2 minutes after the build).
# --jmh:   also run the core JMH benchmarks (decision, planner, ledger) first (~1 min).
# --server-opts "-XX:..": extra JVM options for the server (e.g. a GC or JIT choice to compare).
# --jfr:   record a JFR profile of the server (settings=profile) into the work directory;
#          with --keep the directory (and server.jfr) is left for `jfr print` or JMC.
set -eu
cd "$(dirname "$0")/.."
. ./.mvn/find-jdk.sh
isocourse_find_jdk
export JAVA_HOME

build=1 jmh=0
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --jmh) jmh=1 ;;
  esac
done
args=""
for a in "$@"; do
  case "$a" in
    --no-build|--jmh) ;;
    *) args="$args $a" ;;
  esac
done

if [ ! -x /usr/bin/pgbench ] && ! command -v pgbench >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[bench] installing postgresql-client for pgbench" >&2
    apt-get install -y -q postgresql-client >/dev/null
  else
    echo "bench/run.sh needs pgbench (Debian/Ubuntu: sudo apt-get install postgresql-client)." >&2
    exit 2
  fi
fi
pgbench_bin=$(command -v pgbench || echo /usr/bin/pgbench)

if [ "$build" = 1 ]; then
  echo "[bench] building server and bench (mvnw package, tests skipped)" >&2
  ./mvnw -q -DskipTests -Dspotless.check.skip=true package -pl bench,server -am
fi

if [ "$jmh" = 1 ]; then
  echo "[bench] JMH core benchmarks" >&2
  "$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar -wi 2 -w 2 -i 3 -r 2 -f 1 \
    -rf text -rff bench/target/jmh.txt DecisionBenchmark >&2
  cat bench/target/jmh.txt
fi

# The harness JVM also runs the due-today sweep (the engine on every case), so it gets a heap
# big enough for a 1,000-case batch and the expected answers of every open prescription.
# shellcheck disable=SC2086
exec timeout 3600 "$JAVA_HOME/bin/java" -Xmx2g -cp "bench/target/classes:bench/target/lib/*" \
  com.isocourse.bench.load.ServerBench --pgbench "$pgbench_bin" $args
