#!/usr/bin/env bash
# Prints benchmarks/run.sh's figures (lines "M <key> <value>") as the markdown table of RESULTS.md, then one
# "RATIO <name> <value>" line per ratio. Usage: benchmarks/table.sh FIGURES QUICK(0|1) [PGBENCH_VERSION]
set -euo pipefail

FIGURES=$1
QUICK=${2:-0}
PGBENCH_VERSION=${3:-}

get() { awk -v k="$1" '$1 == "M" && $2 == k { v = $3 } END { if (v == "") print "n/a"; else print v }' "$FIGURES"; }
# fmt VALUE [DECIMALS]
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else printf "%.*f", d, v }'; }
# ratio NUMERATOR DENOMINATOR: 3 decimals, n/a when either is missing or the denominator is 0
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.3f", a / b }'; }

RATIOS=()
add_ratio() { RATIOS+=("RATIO $1 $2"); }

java_version=$(java -version 2>&1 | head -n 1)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memory=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)

cat <<EOF
## Benchmarks $(date -u +'%Y-%m-%d %H:%M UTC')$( ((QUICK)) && printf ' (quick run)')

| machine | |
| --- | --- |
| cores | $(nproc) |
| memory | $memory |
| CPU | $cpu |
| kernel | $(uname -sr) |
| JDK | $java_version |
| load average at the end | $(cut -d ' ' -f 1-3 /proc/loadavg) |
| servers | PostgreSQL 14.22 (embedded binaries, track_commit_timestamp on), Kafka 4.3.1 (KRaft, one broker, 3 partitions), Keycloak 26.7.3; community-service and assessment-service with -Xmx256m; all on this machine |
| baselines | ${PGBENCH_VERSION:-pgbench} against the same PostgreSQL; Kafka's ConsumerPerformance and EndToEndLatency (4.3.1) against the same broker |
| run | $(fmt "$(get run.seconds)" 0) s; demo province loaded through the API in $(fmt "$(get demo.seconds)" 0) s |

Ratios are the product's figure over the raw one for rates, and the raw figure over the product's for times: 1 means
as fast as the raw baseline, 0.1 ten times slower. Times in milliseconds.

### Report reads (API, today's report) beside a hand-written SQL aggregate over the same tables (pgbench)

| schools in the report | unit | clients | API p50 | API p99 | API req/s | SQL p50 | SQL p99 | SQL/API p50 | SQL/API p99 |
| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
for label in reads.province reads.national; do
  [[ $(get "$label.schools") == n/a ]] && continue
  for unit in 330106 330100 330000; do
    for c in 1 8; do
      k=$label.$unit.c$c
      s=$label-sql.$unit.c$c
      r50=$(ratio "$(get "$s.p50")" "$(get "$k.p50")")
      r99=$(ratio "$(get "$s.p99")" "$(get "$k.p99")")
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(fmt "$(get "$label.schools")" 0)" "$unit" "$c" \
        "$(fmt "$(get "$k.p50")")" "$(fmt "$(get "$k.p99")")" "$(fmt "$(get "$k.rate")" 0)" \
        "$(fmt "$(get "$s.p50")")" "$(fmt "$(get "$s.p99")")" "$r50" "$r99"
      add_ratio "${label#reads.}-read.$unit.c$c.p50" "$r50"
    done
  done
done
if [[ $(get reads.national.schools) == n/a ]]; then
  printf '\nNot measured in this run: reads at national size (the quick run does not fill the topic to 200,000 schools).\n'
fi

cat <<EOF

### Freshness: new schools registered at a steady rate (open loop), each followed into the report

Each step from the write's 201, from the databases' commit timestamps and a read_committed consumer of the topic;
the report API step for one write in 20 (its county's report asked every 20 ms until it counts the school).
At $(fmt "$(get fresh.rate)" 0)/s: $(fmt "$(get fresh.refused)" 0) writes refused, $(fmt "$(get fresh.missing)" 0) not seen; at
$(fmt "$(get fresh-low.rate)" 0)/s: $(fmt "$(get fresh-low.refused)" 0) refused, $(fmt "$(get fresh-low.missing)" 0) not seen.

| step | p50 at $(fmt "$(get fresh.rate)" 0)/s | p99 at $(fmt "$(get fresh.rate)" 0)/s | p50 at $(fmt "$(get fresh-low.rate)" 0)/s | p99 at $(fmt "$(get fresh-low.rate)" 0)/s |
| --- | ---: | ---: | ---: | ---: |
EOF
fresh_row() { # title key [bold]
  local b=${3:-}
  printf '| %s%s%s | %s%s%s | %s%s%s | %s | %s |\n' "$b" "$1" "$b" "$b" "$(fmt "$(get "fresh.$2.p50")")" "$b" \
    "$b" "$(fmt "$(get "fresh.$2.p99")")" "$b" "$(fmt "$(get "fresh-low.$2.p50")")" "$(fmt "$(get "fresh-low.$2.p99")")"
}
fresh_row 'request sent → 201' request
fresh_row '201 → event row committed in the store (negative: before the answer)' hop.store
fresh_row 'event committed → record readable on the topic' hop.topic
fresh_row 'record on the topic → fact committed in the report'"'"'s tables' hop.fact
fresh_row 'fact committed → the report API shows it (sample)' hop.api
fresh_row '201 → in the report'"'"'s tables' total '**'
fresh_row '201 → the report API shows it (sample)' total-api
printf '| raw: Kafka produce (acks=all) → consume, one record at a time (EndToEndLatency) | %s | %s | | |\n' \
  "$(fmt "$(get kafka-e2e.p50)")" "$(fmt "$(get kafka-e2e.p99)")"
fr=$(ratio "$(get kafka-e2e.p99)" "$(get fresh.total.p99)")
printf '\nTarget: p99 ≤ 100 ms. Kafka/product p99: %s.\n' "$fr"
add_ratio freshness.p99 "$fr"
add_ratio freshness.p99-vs-100ms-target "$(ratio 100 "$(get fresh.total.p99)")"

cat <<EOF

### Write path: POST /api/v1/schools (closed loop) beside pgbench's one-row insert (jsonb, unique stream and version)

| clients | API writes/s | API p50 | API p99 | failed | pgbench tx/s | pgbench p50 | pgbench p99 | rate ratio | CPU ms per write: service / PostgreSQL | PostgreSQL CPU ms per pgbench insert |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
for c in 1 8 32; do
  wr=$(ratio "$(get "writes.c$c.rate")" "$(get "pg-insert.c$c.rate")")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %s |\n' "$c" "$(fmt "$(get "writes.c$c.rate")" 0)" \
    "$(fmt "$(get "writes.c$c.p50")")" "$(fmt "$(get "writes.c$c.p99")")" "$(fmt "$(get "writes.c$c.failed")" 0)" \
    "$(fmt "$(get "pg-insert.c$c.rate")" 0)" "$(fmt "$(get "pg-insert.c$c.p50")" 2)" "$(fmt "$(get "pg-insert.c$c.p99")" 2)" "$wr" \
    "$(fmt "$(get "writes.c$c.service-cpu")" 2)" "$(fmt "$(get "writes.c$c.pg-cpu")" 2)" "$(fmt "$(get "pg-insert.c$c.pg-cpu")" 3)"
  add_ratio "writes.c$c" "$wr"
done
printf '\nTarget at 8 clients: ratio ≥ 0.25 with p99 ≤ 25 ms.\n'

import_seconds=$(get import.seconds)
raw_import=$(awk -v t="$(get pg-insert-6000.p50)" 'BEGIN { if (t == "n/a" || t + 0 == 0) print "n/a"; else printf "%.3f", 6000 / (t / 1000) }')
ir=$(ratio "$(get import.rate)" "$raw_import")
add_ratio import-6000 "$ir"
cat <<EOF

### Bulk import and rebuild

| figure | product | raw baseline | ratio |
| --- | ---: | ---: | ---: |
| bulk import of $(fmt "$(get import.rows)" 0) schools, one CSV request ($(fmt "$(get import.created)" 0) created) | $(fmt "$import_seconds" 2) s, $(fmt "$(get import.rate)" 0) rows/s | one 6,000-row insert (pgbench, p50): $(fmt "$(get pg-insert-6000.p50)" 0) ms, $(fmt "$raw_import" 0) rows/s | $ir |
EOF
rr=$(ratio "$(get rebuild.rate)" "$(get plain-consumer.fetch-rate)")
add_ratio rebuild "$rr"
printf '| rebuild of the report from offset zero, %s events (topic: %s records) | %s events/s (%s s) | plain read_committed consumer of the same topic (ConsumerPerformance, fetch rate): %s records/s (with its group join: %s) | %s |\n' \
  "$(fmt "$(get rebuild.events)" 0)" "$(fmt "$(get topic.events)" 0)" "$(fmt "$(get rebuild.rate)" 0)" \
  "$(fmt "$(get rebuild.seconds)" 0)" "$(fmt "$(get plain-consumer.fetch-rate)" 0)" "$(fmt "$(get plain-consumer.rate)" 0)" "$rr"
if [[ $(get fill.sent) != n/a ]]; then
  printf '\nThe topic was filled for the rebuild and the national reads with %s events of %s schools and %s communities of every province but Zhejiang, written as community-service'"'"'s publisher writes them (%s events/s), not through the API: the realm has no client above a province.\n' \
    "$(fmt "$(get fill.sent)" 0)" "$(fmt "$(get fill.schools)" 0)" "$(fmt "$(get fill.communities)" 0)" "$(fmt "$(get fill.rate)" 0)"
else
  printf '\nQuick run: the rebuild reads only what this run wrote through the API (the full run fills the topic to 1,000,000 events).\n'
fi

cat <<EOF

### Memory after the run (RSS, MB)

| process | RSS |
| --- | ---: |
EOF
for name in community-service assessment-service kafka keycloak postgres; do
  printf '| %s | %s |\n' "$name$([[ $name == postgres ]] && printf ' (sum over its backends: shared buffers counted in each)')" "$(get "rss.$name")"
done
printf '\n'
printf '%s\n' "${RATIOS[@]}"
