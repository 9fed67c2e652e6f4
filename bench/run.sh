#!/usr/bin/env bash
# Benchmarks Rivulet against Apache Spark's RDD API (local mode) and hand-written Java 17; with
# --suite dataframe, Rivulet's DataFrames against Spark's DataFrames, DuckDB and hand-written Java; with
# --suite files, Rivulet's CSV and JSON Lines readers against Spark's and DuckDB's.
#
#   bench/run.sh [--quick] [runner options]     every workload on every engine; writes bench/RESULTS.md
#                                               and bench/results.png
#   bench/run.sh --suite dataframe [--quick]    the DataFrame suite; writes bench/RESULTS-dataframe.md
#   bench/run.sh --suite files [--quick]        the files suite; writes bench/RESULTS-files.md
#   bench/run.sh --profile WORKLOAD [--quick] [--engine E] [--runs N]
#                                               the hottest frames of one engine (default Rivulet) on one
#                                               workload, from a JDK Flight Recorder recording
#   bench/run.sh --help                         every option
#
# Builds the bench module first (the Maven profile `bench`, which downloads Apache Spark on first use;
# the default build never builds it). Data is generated on first use and cached under bench/data/.
# BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  echo "Building the bench module: mvn -q -Pbench -pl rivulet-bench -am package -DskipTests"
  mvn -q -Pbench -pl rivulet-bench -am package -DskipTests
fi

classpath="rivulet-bench/target/rivulet-bench-0.1.0-SNAPSHOT.jar:rivulet-bench/target/lib/*"
main=io.rivulet.bench.Runner
if [[ "${1:-}" == --profile ]]; then
  main=io.rivulet.bench.Profile
  shift
fi
exec java -cp "$classpath" "$main" "$@"
