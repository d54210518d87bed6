#!/usr/bin/env bash
# The benchmark in one command (docs/BENCHMARKS.md says what it measures and how to read it):
#   bench/run.sh [--articles N] [--seed S] [--duration SECONDS] [--output FILE] [other options of `bench --help`]
# Builds the jar, fetches RMLMapper and the Jena distribution from Maven Central into target/bench-tools/ (once),
# installs Debian's virtuoso-opensource-7-bin if virtuoso-t is missing, then runs the jar's `bench` command.
# Set BENCH_NO_PACKAGE=1 to use the jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_PACKAGE:-}" != "1" ] || [ ! -f target/vn-diplomacy-kg.jar ]; then
    mvn -B -q package -DskipTests
fi
if [ ! -f target/bench-tools/rmlmapper/rmlmapper.jar ] || [ ! -x target/bench-tools/apache-jena-5.6.0/bin/riot ]; then
    mvn -B -q -f bench/tools/pom.xml generate-resources
fi
extra=()
if ! command -v virtuoso-t > /dev/null || ! command -v isql-vt > /dev/null; then
    sudo=""
    if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
    if ! { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q virtuoso-opensource-7-bin; }
    then
        echo "bench/run.sh: could not install virtuoso-opensource-7-bin; the run goes on without Virtuoso" >&2
        extra=(--skip virtuoso)
    fi
fi
exec java -jar target/vn-diplomacy-kg.jar bench "${extra[@]}" "$@"
