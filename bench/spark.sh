#!/usr/bin/env bash
# The sharded conversion (docs/SCALING.md) with Spark on the class path, which the jar leaves out:
#   bench/spark.sh spark-convert --shards N --output DIR [--seeds DIR] [--master local[N]]
#   bench/spark.sh measure [--articles N] [--seed S] [--shards N]
# The first form runs the command; `measure` generates a corpus (default 1,000 articles, seed 42) and converts it
# with the single-process `convert --format nquads` and with `spark-convert` at local[1] and local[2], printing the
# quads per second of each (wall time of each process, JVM and Spark start included, and the job alone).
# Builds the jar and lists Spark's jars from the local Maven repository (Maven fetches them once); set
# BENCH_NO_PACKAGE=1 to use target/ as it is. Everything it writes is under target/spark-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_PACKAGE:-}" != "1" ] || [ ! -f target/vn-diplomacy-kg.jar ] || [ ! -f target/spark-classpath.txt ]
then
    mvn -B -q package -DskipTests
    # compile scope lists the provided jars (Spark) beside the rest, which the jar holds already
    mvn -B -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile=target/spark-classpath.txt
fi
# the JVM options the tests run Spark with (pom.xml: spark.opens, jdk.stax)
opts=$(sed -n -e 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' -e 's:.*<jdk.stax>\(.*\)</jdk.stax>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
spark() { java $opts -cp "target/vn-diplomacy-kg.jar:$(cat target/spark-classpath.txt)" org.vndiplomacy.kg.cli.MainCommand "$@"; }

if [ "${1:-}" != "measure" ]; then
    spark "$@"
    exit $?
fi
shift
articles=1000; seed=42; shards=8
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --shards) shards=$2; shift 2 ;;
        *) echo "bench/spark.sh measure: unknown option $1 (expected --articles, --seed or --shards)" >&2; exit 2 ;;
    esac
done
out=target/spark-bench
rm -rf "$out" && mkdir -p "$out"
java -jar target/vn-diplomacy-kg.jar generate --articles "$articles" --seed "$seed" --output "$out/corpus"
now() { date +%s.%N; }
rate() { awk -v q="$1" -v s="$2" 'BEGIN { printf "%.2f s, %.0f quads/s", s, q / s }'; }

start=$(now)
java -jar target/vn-diplomacy-kg.jar convert --seeds "$out/corpus" --format nquads --output "$out/convert.nq"
wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
quads=$(wc -l < "$out/convert.nq")
echo "convert --format nquads (one process):  $quads quads, $(rate "$quads" "$wall")"
for threads in 1 2; do
    start=$(now)
    spark spark-convert --seeds "$out/corpus" --shards "$shards" --master "local[$threads]" \
        --output "$out/shards-$threads" | sed 's/^/    /'
    wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    total=$(cat "$out/shards-$threads"/*.nq | wc -l)
    if [ "$total" != "$quads" ]; then
        echo "bench/spark.sh: local[$threads] wrote $total quads, convert $quads" >&2
        exit 1
    fi
    echo "spark-convert local[$threads], $shards shards:    $total quads, $(rate "$total" "$wall") (process)"
done
