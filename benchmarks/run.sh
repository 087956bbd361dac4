#!/usr/bin/env bash
# Every benchmark of the product beside its raw baseline, measured in the same run on the same servers, as a ratio.
# Starts its own stack (deploy/local/up.sh with the state folder benchmarks/.run/stack and ports 25432, 29092, 28180,
# 28081, 28084: a developer's local stack is left alone), loads the demo province through the public API and prints
# a markdown table plus one "RATIO <name> <value>" line per ratio. Not a test: nothing here fails on a timing.
#
#   benchmarks/run.sh            full run (about 15-20 minutes on 2 cores)
#   benchmarks/run.sh --quick    short run (about 5 minutes): shorter series, no national-size topic
#   benchmarks/run.sh --keep     leave the benchmark's stack running afterwards (benchmarks/down.sh stops it)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=stack.env
source "$BENCH_DIR/stack.env"
# shellcheck source=../deploy/local/lib.sh
source "$BENCH_DIR/../deploy/local/lib.sh"

QUICK=0
KEEP=0
while (($#)); do
  case $1 in
    --quick) QUICK=1 ;;
    --keep) KEEP=1 ;;
    -h | --help)
      sed -n '2,10p' "$0"
      exit 0
      ;;
    *)
      echo "unknown option $1 (--quick, --keep)" >&2
      exit 2
      ;;
  esac
  shift
done

if ((QUICK)); then
  READ_REQUESTS=200 FRESH_SECONDS=15 WRITE_SECONDS=8 SQL_SECONDS=4 LATENCY_RECORDS=300
else
  READ_REQUESTS=400 FRESH_SECONDS=30 WRITE_SECONDS=20 SQL_SECONDS=10 LATENCY_RECORDS=1000
fi
FRESH_RATE=100
NATIONAL_SCHOOLS=200000
REBUILD_EVENTS=1000000

OUT=$BENCH_DIR/.run/out
FIGURES=$OUT/figures.txt
mkdir -p "$OUT"
: >"$FIGURES"
JAVA=$(tools_java)
START=$SECONDS

# --- helpers -------------------------------------------------------------------------------------------------------

fig() { printf 'M %s %s\n' "$1" "$2" >>"$FIGURES"; }
get() { awk -v k="$1" '$1 == "M" && $2 == k { v = $3 } END { if (v == "") print "n/a"; else print v }' "$FIGURES"; }
step() { log "== $*"; }

BENCH_JAR=$ROOT_DIR/tools/demo/target/demo-province.jar
bench() { # command [--option value]...
  local command=$1
  shift
  "$JAVA" -Xmx512m -cp "$BENCH_JAR" edu.community.demo.BenchMain "$command" \
    --community-url "http://localhost:$EDU_COMMUNITY_SERVICE_PORT" \
    --assessment-url "http://localhost:$EDU_ASSESSMENT_SERVICE_PORT" \
    --token-url "$OIDC_URL/protocol/openid-connect/token" "$@" | tee -a "$FIGURES"
}

# pgbench (Debian's postgresql-15 package) and psql (postgresql-client-15), fetched with apt-get download and unpacked
# with dpkg-deb -x into benchmarks/.run/pgclient: no root, nothing installed, nothing of them runs as a server (the
# server is the stack's own PostgreSQL). The version is the apt sources' candidate unless BENCH_PGCLIENT_VERSION is set,
# and is printed with the table.
PGCLIENT=$BENCH_DIR/.run/pgclient
ensure_pgbench() {
  local version
  if [[ ! -x $PGCLIENT/usr/lib/postgresql/15/bin/pgbench ]]; then
    command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null \
      || die "pgbench is fetched with apt-get download and dpkg-deb (a Debian or Ubuntu machine)"
    version=${BENCH_PGCLIENT_VERSION:-$(apt-cache policy postgresql-client-15 | awk '/Candidate:/ { print $2 }')}
    [[ -n $version && $version != "(none)" ]] || die "no postgresql-client-15 in the apt sources"
    log "fetching postgresql-15, postgresql-client-15 and libpq5 $version (apt-get download) for pgbench and psql"
    rm -rf "$PGCLIENT" "$BENCH_DIR/.run/debs"
    mkdir -p "$BENCH_DIR/.run/debs" "$PGCLIENT"
    (cd "$BENCH_DIR/.run/debs" && apt-get download -q "postgresql-15=$version" "postgresql-client-15=$version" \
      "libpq5=$version") >/dev/null 2>&1 || die "apt-get download of postgresql-15 $version failed"
    for deb in "$BENCH_DIR"/.run/debs/*.deb; do dpkg-deb -x "$deb" "$PGCLIENT"; done
  fi
  PGBENCH_VERSION="$(pgb --version) (Debian postgresql-15 $(dpkg-deb -f "$BENCH_DIR"/.run/debs/postgresql-15_*.deb Version))"
}
pgb() { LD_LIBRARY_PATH=$PGCLIENT/usr/lib/x86_64-linux-gnu "$PGCLIENT/usr/lib/postgresql/15/bin/pgbench" "$@"; }
psqlb() { # database sql
  PGPASSWORD=$EDU_PG_PASSWORD LD_LIBRARY_PATH=$PGCLIENT/usr/lib/x86_64-linux-gnu \
    "$PGCLIENT/usr/lib/postgresql/15/bin/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$EDU_PG_PORT" \
    -U "$EDU_PG_USER" -d "$1" -c "$2"
}

# Runs a pgbench script for a while and records p50, p99 and the rate from its per-transaction log.
pgbench_series() { # key database clients seconds script
  local key=$1 db=$2 clients=$3 seconds=$4 script=$5 logs=$OUT/pgbench-$1
  rm -rf "$logs"
  mkdir -p "$logs"
  (cd "$logs" && PGPASSWORD=$EDU_PG_PASSWORD pgb -n -h 127.0.0.1 -p "$EDU_PG_PORT" -U "$EDU_PG_USER" \
    -c "$clients" -j "$clients" -T "$seconds" -M prepared -f "$script" -l --log-prefix=tx "$db" >summary.txt 2>&1) \
    || { cat "$logs/summary.txt" >&2; die "pgbench $key failed"; }
  cat "$logs"/tx* | awk '{ print $3 }' | sort -n >"$logs/latencies"
  local n
  n=$(wc -l <"$logs/latencies")
  fig "$key.p50" "$(awk -v n="$n" 'NR == int(n * 0.5 + 0.999999) { printf "%.3f", $1 / 1000 }' "$logs/latencies")"
  fig "$key.p99" "$(awk -v n="$n" 'NR == int(n * 0.99 + 0.999999) { printf "%.3f", $1 / 1000 }' "$logs/latencies")"
  fig "$key.rate" "$(awk '/^tps = / { printf "%.3f", $3 }' "$logs/summary.txt")"
  fig "$key.n" "$n"
  log "pgbench $key: $(grep -E '^(latency average|tps)' "$logs/summary.txt" | tr '\n' ' ')"
}

# CPU time in ms (user + system, threads included) of a process, from /proc.
proc_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU time in ms of the stack's PostgreSQL backends: those connected to one database now (their process titles name
# it), or with "exited" those that have ended (the postmaster's children's times, which pgbench's backends join).
pg_cpu_ms() { # database|exited
  local postmaster total=0 pid
  postmaster=$(running_pid postgres) || { echo 0; return 0; }
  if [[ $1 == exited ]]; then
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($16 + $17) * 1000 / hz }' "/proc/$postmaster/stat"
    return 0
  fi
  for pid in $(pgrep -P "$postmaster" -f "^postgres: $EDU_PG_USER $1 "); do
    total=$((total + $(proc_cpu_ms "$pid")))
  done
  echo "$total"
}
per() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { if (n + 0 == 0) print "n/a"; else printf "%.3f", (b - a) / n }'; }

kafka_tool() { # class args...
  local class=$1
  shift
  "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$LOCAL_DIR/conf/kafka-tools-log4j2.properties" \
    -cp "$KAFKA_LIBS/*" "$class" "$@"
}

# --- 1. the stack, from empty databases and topics -------------------------------------------------------------------

ensure_pgbench
step "stack: deploy/local/up.sh in $EDU_RUN_DIR (fresh data)"
"$LOCAL_DIR/down.sh" >/dev/null
rm -rf "$EDU_RUN_DIR/pg/data" "$EDU_RUN_DIR/kafka"
"$LOCAL_DIR/up.sh" >"$OUT/up.log" 2>&1 || { tail -n 30 "$OUT/up.log" >&2; die "the stack did not start (log: $OUT/up.log)"; }
if [[ ! -f $BENCH_JAR || -n $(find "$ROOT_DIR/tools/demo/src" "$ROOT_DIR/tools/demo/pom.xml" -newer "$BENCH_JAR" -type f -print -quit) ]]; then
  log "building tools/demo"
  (cd "$ROOT_DIR" && mvn -q -B -DskipTests install -pl tools/demo -am) >"$OUT/demo-build.log" 2>&1 \
    || { tail -n 30 "$OUT/demo-build.log" >&2; die "the build of tools/demo failed"; }
fi
cleanup() {
  if ((!KEEP)); then "$LOCAL_DIR/down.sh" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- 2. the demo province, through the public API ----------------------------------------------------------------------

step "demo province (tools/demo, through the API)"
demo_started=$SECONDS
"$JAVA" -Xmx256m -jar "$BENCH_JAR" --community-url "http://localhost:$EDU_COMMUNITY_SERVICE_PORT" \
  --assessment-url "http://localhost:$EDU_ASSESSMENT_SERVICE_PORT" \
  --token-url "$OIDC_URL/protocol/openid-connect/token" --flows 0 >"$OUT/demo.md" 2>"$OUT/demo.log"
fig demo.seconds $((SECONDS - demo_started))

report_schema() { psqlb assessment "select active_schema from es_projection where name = 'provincial_report'"; }
schools_in_report() { psqlb assessment "select count(distinct school_code) from $(report_schema).school_fact where kind = 'REGISTERED'"; }

# --- 3. report reads, and the hand-written SQL aggregate over the same tables ------------------------------------------

reads() { # label
  local label=$1 schema unit clients today sql
  fig "$label.schools" "$(schools_in_report)"
  bench reads --label "$label" --requests "$READ_REQUESTS" --warmup 100
  schema=$(report_schema)
  today=$(date +%F)
  for unit in 330106 330100 330000; do
    case $unit in
      *0000) sql="select left(unit, 4), figure, count(*) from $schema.contribution where unit between '330001' and '339999'
  and valid_from <= '$today' and (valid_to is null or valid_to > '$today') group by figure, rollup(left(unit, 4));" ;;
      *00) sql="select left(unit, 6), figure, count(*) from $schema.contribution where unit between '330101' and '330199'
  and valid_from <= '$today' and (valid_to is null or valid_to > '$today') group by figure, rollup(left(unit, 6));" ;;
      *) sql="select unit, figure, count(*) from $schema.contribution where unit = any(array(select 'community/' || community_id
  from $schema.community_state where core_county = '$unit' and valid_from <= '$today' and (valid_to is null or valid_to > '$today'))
  || '$unit'::text) and valid_from <= '$today' and (valid_to is null or valid_to > '$today') group by unit, figure;" ;;
    esac
    printf '%s\n' "$sql" >"$OUT/sql-$unit.sql"
    for clients in 1 8; do
      pgbench_series "$label-sql.$unit.c$clients" assessment "$clients" "$SQL_SECONDS" "$OUT/sql-$unit.sql"
    done
  done
}
step "report reads at the demo province's size"
reads reads.province

# --- 4. freshness at 100 writes/s, hop by hop; Kafka's own end-to-end latency beside it ---------------------------------

step "freshness: $FRESH_RATE writes/s for ${FRESH_SECONDS}s"
freshness() { # label rate code-base
  bench freshness --label "$1" --rate "$2" --seconds "$FRESH_SECONDS" --code-base "$3" --sample-every 20 \
    --bootstrap "$KAFKA_BOOTSTRAP" --community-jdbc "jdbc:postgresql://127.0.0.1:$EDU_PG_PORT/community" \
    --assessment-jdbc "jdbc:postgresql://127.0.0.1:$EDU_PG_PORT/assessment"
}
freshness fresh "$FRESH_RATE" 0
# The same at a fifth of the rate: the hops without the queue that forms where a step cannot keep up.
freshness fresh-low $((FRESH_RATE / 5)) 5000
kafka_tool org.apache.kafka.tools.EndToEndLatency --bootstrap-server "$KAFKA_BOOTSTRAP" --topic bench.latency \
  --num-records "$LATENCY_RECORDS" --producer-acks all --record-size 600 >"$OUT/e2e-latency.txt" 2>&1 \
  || true
fig kafka-e2e.p50 "$(sed -n 's/.*Percentiles: 50th = \([0-9.]*\).*/\1/p' "$OUT/e2e-latency.txt")"
fig kafka-e2e.p99 "$(sed -n 's/.*99th = \([0-9.]*\).*/\1/p' "$OUT/e2e-latency.txt")"

# --- 5. the write path at 1, 8 and 32 clients, and pgbench's one-row insert ------------------------------------------------

step "write path: POST /api/v1/schools and the pgbench insert"
psqlb bench "create table if not exists bench_event (position bigserial primary key, stream_id text not null,
  stream_version integer not null, event_id uuid not null, payload jsonb not null, recorded_at timestamptz not null default now(),
  unique (stream_id, stream_version))" >/dev/null
# A space after each colon: pgbench reads ":name" as a variable.
cat >"$OUT/insert.sql" <<'EOF'
insert into bench_event (stream_id, stream_version, event_id, payload) values ('school-' || gen_random_uuid(), 1, gen_random_uuid(), '{"schoolCode": "3301060001", "name": "基准学校", "countyCode": "330106", "classification": "RURAL", "level": "PRIMARY", "ownership": "PUBLIC", "enrolment": 300, "specialEducation": false, "vocational": false, "teachingPoint": false, "effectiveDate": "2026-09-01"}');
EOF
base=40000
for clients in 1 8 32; do
  # Where a command's CPU goes: community-service's process and the community database's backends (the publisher's
  # included), per write; pgbench's backends per insert.
  service_pid=$(running_pid community-service)
  s0=$(proc_cpu_ms "$service_pid") p0=$(pg_cpu_ms community)
  bench writes --clients "$clients" --seconds "$WRITE_SECONDS" --code-base "$base"
  s1=$(proc_cpu_ms "$service_pid") p1=$(pg_cpu_ms community)
  fig "writes.c$clients.service-cpu" "$(per "$s0" "$s1" "$(get "writes.c$clients.sent")")"
  fig "writes.c$clients.pg-cpu" "$(per "$p0" "$p1" "$(get "writes.c$clients.sent")")"
  base=$((base + 100000))
  p0=$(pg_cpu_ms exited)
  pgbench_series "pg-insert.c$clients" bench "$clients" "$WRITE_SECONDS" "$OUT/insert.sql"
  fig "pg-insert.c$clients.pg-cpu" "$(per "$p0" "$(pg_cpu_ms exited)" "$(get "pg-insert.c$clients.n")")"
done

# --- 6. bulk import of 6,000 schools, and one multi-row insert of as many rows -------------------------------------------

step "bulk import of 6,000 schools"
bench import --count 6000 --code-base 20000
cat >"$OUT/insert-6000.sql" <<'EOF'
insert into bench_event (stream_id, stream_version, event_id, payload) select 'import-' || gen_random_uuid(), 1, gen_random_uuid(), jsonb_build_object('schoolCode', lpad(n::text, 10, '0'), 'name', '基准导入学校', 'countyCode', '330106', 'classification', 'TOWNSHIP', 'level', 'JUNIOR', 'enrolment', 600, 'effectiveDate', '2026-09-01') from generate_series(1, 6000) n;
EOF
pgbench_series pg-insert-6000 bench 1 "$SQL_SECONDS" "$OUT/insert-6000.sql"

# --- 7. rebuild from offset zero, and a plain consumer of the same topic ----------------------------------------------------

if ((!QUICK)); then
  step "national-size topic: $NATIONAL_SCHOOLS schools of every other province, filled to $REBUILD_EVENTS events"
fi
# The live report would apply what the write path and the fill added one event at a time while the rebuild runs: it
# is stopped, its group moved to the end of the topic (the rebuild reads everything from offset zero into a new
# generation and switches to it), and started again.
stop_component assessment-service 60
if ((!QUICK)); then
  bench fill --bootstrap "$KAFKA_BOOTSTRAP" --schools "$NATIONAL_SCHOOLS" --target-events "$REBUILD_EVENTS"
fi
kafka_tool org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
  --group assessment-provincial-report --topic edu.community.events --reset-offsets --to-latest --execute >"$OUT/reset.log" 2>&1 \
  || { cat "$OUT/reset.log" >&2; die "could not move the report's consumer group"; }
EDU_BUILD=never "$LOCAL_DIR/up.sh" >>"$OUT/up.log" 2>&1 || die "assessment-service did not start again (log: $OUT/up.log)"
topic_events=$(kafka_tool org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$KAFKA_BOOTSTRAP" --topic edu.community.events \
  2>/dev/null | awk -F: '{ s += $3 } END { print s }')
fig topic.events "$topic_events"
step "rebuild of the report from $topic_events records"
bench rebuild --limit-minutes 40
printf 'isolation.level=read_committed\n' >"$OUT/consumer.properties"
kafka_tool org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$KAFKA_BOOTSTRAP" --topic edu.community.events \
  --num-records "$(get rebuild.events | cut -d . -f 1)" --group "bench-plain-$(date +%s)" --command-config "$OUT/consumer.properties" \
  --timeout 60000 >"$OUT/consumer-perf.txt" 2>&1 || { cat "$OUT/consumer-perf.txt" >&2; die "the plain consumer failed"; }
# The topic's offsets also count the transaction markers of the publisher's batches: the consumer is asked for the
# records the rebuild applied. Columns: start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
fig plain-consumer.rate "$(awk -F', *' 'NF >= 10 && $6 ~ /^[0-9.]+$/ { print $6 }' "$OUT/consumer-perf.txt" | tail -n 1)"
fig plain-consumer.fetch-rate "$(awk -F', *' 'NF >= 10 && $10 ~ /^[0-9.]+$/ { print $10 }' "$OUT/consumer-perf.txt" | tail -n 1)"

if ((!QUICK)); then
  step "report reads at national size"
  reads reads.national
fi

# --- 8. memory after the run -------------------------------------------------------------------------------------------------

for name in community-service assessment-service kafka keycloak postgres; do
  if pid=$(running_pid "$name"); then
    # The process and its children (PostgreSQL's backends, Keycloak's JVM under kc.sh).
    rss=$(ps -o rss= --ppid "$pid" -p "$pid" | awk '{ s += $1 } END { print s }')
    fig "rss.$name" "$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')"
  fi
done
fig run.seconds $((SECONDS - START))

# --- 9. the table ----------------------------------------------------------------------------------------------------------------

"$BENCH_DIR/table.sh" "$FIGURES" "$QUICK" "${PGBENCH_VERSION:-}" | tee "$OUT/table.md"
log "figures: $FIGURES, table: $OUT/table.md, logs: $OUT"
