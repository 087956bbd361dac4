#!/usr/bin/env bash
# Starts the whole product on this machine without containers: PostgreSQL, Kafka (KRaft), Keycloak
# and the services that exist. Idempotent: what already runs is left alone. See README.md.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<EOF
Usage: deploy/local/up.sh [options]

  --build            rebuild the services even if their jars are up to date (EDU_BUILD=always)
  --no-build         never build; start the jars that exist (EDU_BUILD=never)
  --skip-services    start only PostgreSQL, Kafka and Keycloak (EDU_SKIP_SERVICES=1)
  --reimport-realm   drop Keycloak's local database so that deploy/keycloak/edu-realm.json is
                     imported again (restarts Keycloak; users and clients made by hand are lost)
  --demo             then load the demo province (tools/demo: a Zhejiang-like province of about
                     5,400 schools through the public API, with teacher postings, synchronous
                     classrooms, activities and a published assessment round when staffing- and
                     exchange-service run) and print the provincial report's headline figures;
                     EDU_DEMO_ARGS passes options, e.g.
                     EDU_DEMO_ARGS="--province all --schools 200000" for a national-size run
  -h, --help         this text

State, data and logs are under deploy/local/.run/ (logs in .run/logs/). Stop with down.sh.
EOF
}

REIMPORT_REALM=${EDU_KC_REIMPORT:-0}
DEMO=0
while (($#)); do
  case $1 in
    --build) EDU_BUILD=always ;;
    --no-build) EDU_BUILD=never ;;
    --skip-services) EDU_SKIP_SERVICES=1 ;;
    --reimport-realm) REIMPORT_REALM=1 ;;
    --demo) DEMO=1 ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
  shift
done
case $EDU_BUILD in auto | always | never) ;; *) die "EDU_BUILD must be auto, always or never (is '$EDU_BUILD')" ;; esac

START_SECONDS=$SECONDS
mkdir -p "$LOG_DIR" "$PID_DIR" "$DOWNLOAD_DIR"
command -v curl >/dev/null || die "curl is needed"

JAVA=$(tools_java)
log "Java for Kafka, services and helpers: $JAVA ($(java_major "$JAVA"))"

# Fails when a port is taken by a process that up.sh did not start.
require_free_port() { # component port
  if port_open 127.0.0.1 "$2"; then
    die "$1: port $2 is already in use by a process that up.sh did not start.
  Stop it, choose another port (see README.md), or use it as an external component."
  fi
}

# Before anything starts: the ports of the components that this run will start must be free.
preflight_ports() {
  local svc
  if ((!KC_EXTERNAL)) && ! running_pid keycloak >/dev/null; then
    require_free_port Keycloak "$EDU_KC_PORT"
  fi
  if [[ $EDU_PG_EXTERNAL != 1 ]] && ! running_pid postgres >/dev/null && [[ ! -f $PG_DATA/postmaster.pid ]]; then
    require_free_port PostgreSQL "$EDU_PG_PORT"
  fi
  if ((!KAFKA_EXTERNAL)) && ! running_pid kafka >/dev/null; then
    require_free_port Kafka "$EDU_KAFKA_PORT"
    require_free_port "Kafka controller" "$EDU_KAFKA_CONTROLLER_PORT"
  fi
  if [[ $EDU_SKIP_SERVICES != 1 ]]; then
    for svc in $EDU_SERVICES; do
      if [[ -f $ROOT_DIR/$svc/pom.xml && -n $(svc_port "$svc") ]] && ! running_pid "$svc" >/dev/null; then
        require_free_port "$svc" "$(svc_port "$svc")"
      fi
    done
  fi
}
preflight_ports

# --- (a) artifacts and helpers --------------------------------------------------------------------

ensure_kafka_libs
fetch_artifact "org.postgresql:postgresql:$EDU_PG_JDBC_VERSION" "postgresql-$EDU_PG_JDBC_VERSION.jar"
PG_JDBC_JAR=$DOWNLOAD_DIR/postgresql-$EDU_PG_JDBC_VERSION.jar

compile_tools() {
  local javac
  javac=$(dirname "$(readlink -f "$JAVA")")/javac
  if [[ -f $TOOLS_CLASSES/PgInit.class && -f $TOOLS_CLASSES/KafkaInit.class ]] \
    && [[ -z $(find "$LOCAL_DIR/tools" -name '*.java' -newer "$TOOLS_CLASSES/KafkaInit.class" -print -quit) ]] \
    && [[ -z $(find "$LOCAL_DIR/tools" -name '*.java' -newer "$TOOLS_CLASSES/PgInit.class" -print -quit) ]]; then
    return 0
  fi
  [[ -x $javac ]] || die "no javac next to $JAVA: a JDK (not only a JRE) is needed"
  log "compiling the helpers in deploy/local/tools"
  rm -rf "$TOOLS_CLASSES"
  mkdir -p "$TOOLS_CLASSES"
  "$javac" -nowarn -d "$TOOLS_CLASSES" -cp "$KAFKA_LIBS/*" "$LOCAL_DIR"/tools/*.java
}
compile_tools

kafka_init() { # timeoutSeconds
  local tools_log4j=$LOCAL_DIR/conf/kafka-tools-log4j2.properties
  # shellcheck disable=SC2086 # the topic list is split on purpose
  "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -Dlog4j2.configurationFile="$tools_log4j" \
    -cp "$TOOLS_CLASSES:$KAFKA_LIBS/*" KafkaInit "$KAFKA_BOOTSTRAP" "$1" "$EDU_KAFKA_PARTITIONS" $EDU_KAFKA_TOPICS
}

pg_init() { # timeoutSeconds
  # shellcheck disable=SC2086 # the database list is split on purpose
  PGPASSWORD=$EDU_PG_PASSWORD "$JAVA" -Xmx64m -XX:TieredStopAtLevel=1 -cp "$TOOLS_CLASSES:$PG_JDBC_JAR" PgInit \
    "$EDU_PG_HOST" "$EDU_PG_PORT" "$EDU_PG_USER" - "$1" $EDU_PG_DATABASES
}

# --- (d) Keycloak, started first because it takes longest ------------------------------------------

start_keycloak() {
  local pid kc_java major
  if [[ ! -x $KC_HOME/bin/kc.sh ]]; then
    fetch_artifact "org.keycloak:keycloak-quarkus-dist:$EDU_KC_VERSION:tar.gz" "keycloak-quarkus-dist-$EDU_KC_VERSION.tar.gz"
    log "Keycloak: extracting $EDU_KC_VERSION to $KC_HOME"
    rm -rf "$RUN_DIR/keycloak.tmp"
    mkdir -p "$RUN_DIR/keycloak.tmp" "$RUN_DIR/keycloak"
    tar -xzf "$DOWNLOAD_DIR/keycloak-quarkus-dist-$EDU_KC_VERSION.tar.gz" -C "$RUN_DIR/keycloak.tmp"
    rm -rf "$KC_HOME"
    mv "$RUN_DIR/keycloak.tmp/keycloak-$EDU_KC_VERSION" "$KC_HOME"
    rm -rf "$RUN_DIR/keycloak.tmp"
  fi
  if ((REIMPORT_REALM)); then
    stop_component keycloak 60
    log "Keycloak: dropping its local database so that the realm is imported again"
    rm -rf "$KC_HOME/data/h2"
  fi
  # Imported only when the realm does not exist yet (see --reimport-realm).
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/edu-realm.json"

  local realm_sum marker=$KC_HOME/data/edu-realm.imported.sha256
  realm_sum=$(sha256sum "$REALM_FILE" | cut -d ' ' -f 1)
  if [[ ! -d $KC_HOME/data/h2 ]]; then
    printf '%s\n' "$realm_sum" >"$marker" # a fresh database: this start imports the file
  elif [[ -f $marker && $(<"$marker") != "$realm_sum" ]]; then
    warn "deploy/keycloak/edu-realm.json changed after the realm was imported; to apply it: deploy/local/up.sh --reimport-realm"
  fi
  if pid=$(running_pid keycloak); then
    same_port_or_die keycloak "$EDU_KC_PORT"
    log "Keycloak: already running (pid $pid) on port $EDU_KC_PORT"
    return 0
  fi
  require_free_port Keycloak "$EDU_KC_PORT"

  if [[ -n ${EDU_KC_JAVA:-} ]]; then
    kc_java=$EDU_KC_JAVA
  else
    kc_java=$(find_java 21) || die "Keycloak $EDU_KC_VERSION needs Java 21 or newer: none found in JAVA_HOME, on the PATH or under /usr/lib/jvm (set EDU_KC_JAVA)"
  fi
  kc_java=$(readlink -f "$kc_java")
  major=$(java_major "$kc_java")
  printf '%s\n' "$EDU_KC_PORT" >"$PID_DIR/keycloak.port"
  log "Keycloak: starting $EDU_KC_VERSION (start-dev) on port $EDU_KC_PORT with $kc_java ($major)"
  start_detached keycloak "$LOG_DIR/keycloak.log" "$KC_HOME" \
    env -u JAVA_OPTS -u JAVA_OPTS_APPEND \
    JAVA="$kc_java" JAVA_HOME="${kc_java%/bin/java}" JAVA_OPTS_KC_HEAP="$EDU_KC_HEAP_OPTS" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$EDU_KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$EDU_KC_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start-dev --import-realm --hostname="$EDU_KC_HOSTNAME" \
    --http-host="$EDU_BIND_HOST" --http-port="$EDU_KC_PORT" --http-management-port="$EDU_KC_MANAGEMENT_PORT"
}

if ((KC_EXTERNAL)); then
  log "Keycloak: external, issuer $OIDC_URL (EDU_OIDC_URL), not started"
else
  start_keycloak
fi

# --- (b) PostgreSQL -------------------------------------------------------------------------------

start_postgres() {
  local arch jar pid
  case $(uname -m) in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64v8 ;;
    *) die "no embedded PostgreSQL binaries for $(uname -m); use an external one (EDU_PG_EXTERNAL=1)" ;;
  esac
  if [[ ! -x $PG_HOME/bin/postgres ]]; then
    jar=embedded-postgres-binaries-linux-$arch-$EDU_PG_VERSION.jar
    fetch_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$EDU_PG_VERSION" "$jar"
    log "PostgreSQL: extracting the binaries to $PG_HOME"
    command -v xz >/dev/null || die "xz is needed to unpack PostgreSQL (tar with xz support)"
    rm -rf "$PG_HOME.tmp"
    mkdir -p "$PG_HOME.tmp"
    if command -v unzip >/dev/null; then
      unzip -p "$DOWNLOAD_DIR/$jar" 'postgres-linux-*.txz' | tar -xJf - -C "$PG_HOME.tmp"
    else
      (cd "$PG_HOME.tmp" && "$(dirname "$(readlink -f "$JAVA")")/jar" xf "$DOWNLOAD_DIR/$jar" && tar -xJf postgres-linux-*.txz && rm -f postgres-linux-*.txz)
    fi
    rm -rf "$PG_HOME"
    mv "$PG_HOME.tmp" "$PG_HOME"
  fi

  if [[ ! -f $PG_DATA/PG_VERSION ]]; then
    log "PostgreSQL: initdb in $PG_DATA (user $EDU_PG_USER)"
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    chmod 700 "$PG_DATA"
    local pwfile
    pwfile=$(mktemp "$RUN_DIR/pgpass.XXXXXX")
    printf '%s\n' "$EDU_PG_PASSWORD" >"$pwfile"
    if ! as_pg_user "$PG_HOME/bin/initdb" -D "$PG_DATA" -U "$EDU_PG_USER" --pwfile="$pwfile" \
      -A scram-sha-256 -E UTF8 --no-locale >"$LOG_DIR/initdb.log" 2>&1; then
      rm -f "$pwfile"
      rm -rf "$PG_DATA"
      die_with_log "PostgreSQL initdb failed" "$LOG_DIR/initdb.log"
    fi
    rm -f "$pwfile"
    cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- deploy/local ---
listen_addresses = '$EDU_BIND_HOST'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 64MB
fsync = on
log_min_messages = warning
log_line_prefix = '%m [%p] %d '
# One cluster serves every service: a transaction left open anywhere holds back every publisher
# (see eventsourcing/README.md, "Operating the publisher").
idle_in_transaction_session_timeout = '5min'
EOF
  fi

  if pid=$(running_pid postgres); then
    same_port_or_die postgres "$EDU_PG_PORT"
    log "PostgreSQL: already running (pid $pid) on port $EDU_PG_PORT"
    return 0
  fi
  # Started by up.sh but its pid file is gone: adopt it if it serves our data directory.
  if [[ -f $PG_DATA/postmaster.pid ]]; then
    head -n 1 "$PG_DATA/postmaster.pid" >"$PID_DIR/postgres.pid"
    if pid=$(running_pid postgres); then
      same_port_or_die postgres "$EDU_PG_PORT"
      log "PostgreSQL: already running (pid $pid)"
      return 0
    fi
  fi
  require_free_port PostgreSQL "$EDU_PG_PORT"
  log "PostgreSQL: starting on port $EDU_PG_PORT"
  if ! as_pg_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$LOG_DIR/postgres.log" -w -t "$EDU_TIMEOUT_PG" \
    -o "-p $EDU_PG_PORT $EDU_PG_OPTIONS" start >"$LOG_DIR/pg_ctl.log" 2>&1; then
    cat "$LOG_DIR/pg_ctl.log" >>"$LOG_DIR/postgres.log"
    die_with_log "PostgreSQL did not start" "$LOG_DIR/postgres.log"
  fi
  head -n 1 "$PG_DATA/postmaster.pid" >"$PID_DIR/postgres.pid"
  printf '%s\n' "$EDU_PG_PORT" >"$PID_DIR/postgres.port"
}

if [[ $EDU_PG_EXTERNAL == 1 ]]; then
  log "PostgreSQL: external at $EDU_PG_HOST:$EDU_PG_PORT (EDU_PG_EXTERNAL=1), not started"
else
  [[ $EDU_PG_HOST == localhost || $EDU_PG_HOST == 127.0.0.1 ]] \
    || die "EDU_PG_HOST=$EDU_PG_HOST is not local: set EDU_PG_EXTERNAL=1 to use an external PostgreSQL"
  start_postgres
fi
log "PostgreSQL: waiting for connections, creating databases"
if [[ $EDU_PG_EXTERNAL == 1 ]]; then
  pg_init "$EDU_TIMEOUT_PG" || die "PostgreSQL at $EDU_PG_HOST:$EDU_PG_PORT is not usable (see above)"
else
  pg_init "$EDU_TIMEOUT_PG" || die_with_log "PostgreSQL at $EDU_PG_HOST:$EDU_PG_PORT is not usable" "$LOG_DIR/postgres.log"
fi

# --- (c) Kafka ------------------------------------------------------------------------------------

start_kafka() {
  local pid cluster_id
  mkdir -p "$KAFKA_DIR/data"
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/local/up.sh on every start; edit up.sh or the EDU_KAFKA_* variables instead.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$EDU_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$EDU_BIND_HOST:$EDU_KAFKA_PORT,CONTROLLER://$EDU_BIND_HOST:$EDU_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$EDU_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=1
auto.create.topics.enable=$EDU_KAFKA_AUTO_CREATE_TOPICS
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
background.threads=4
log.cleaner.threads=1
EOF
  if pid=$(running_pid kafka); then
    same_port_or_die kafka "$EDU_KAFKA_PORT"
    log "Kafka: already running (pid $pid) on $KAFKA_BOOTSTRAP"
    return 0
  fi
  require_free_port Kafka "$EDU_KAFKA_PORT"
  require_free_port "Kafka controller" "$EDU_KAFKA_CONTROLLER_PORT"
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    # Passed as --cluster-id=... : a base64url id may start with "-", which would read as an option.
    [[ -s $KAFKA_DIR/cluster.id ]] || head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$KAFKA_DIR/cluster.id"
    cluster_id=$(<"$KAFKA_DIR/cluster.id")
    log "Kafka: formatting the storage (cluster id $cluster_id)"
    "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$LOCAL_DIR/conf/kafka-tools-log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --cluster-id="$cluster_id" --config="$KAFKA_DIR/server.properties" \
      >"$LOG_DIR/kafka-format.log" 2>&1 || die_with_log "Kafka storage format failed" "$LOG_DIR/kafka-format.log"
  fi
  printf '%s\n' "$EDU_KAFKA_PORT" >"$PID_DIR/kafka.port"
  log "Kafka: starting on $KAFKA_BOOTSTRAP (controller $EDU_KAFKA_CONTROLLER_PORT)"
  # shellcheck disable=SC2086 # EDU_KAFKA_HEAP_OPTS holds several options
  start_detached kafka "$LOG_DIR/kafka.log" "$KAFKA_DIR" \
    "$JAVA" $EDU_KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$LOCAL_DIR/conf/kafka-log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties"
}

if ((KAFKA_EXTERNAL)); then
  log "Kafka: external at $KAFKA_BOOTSTRAP (EDU_KAFKA_BOOTSTRAP), not started"
else
  start_kafka
fi

# --- (e) build the services while the infrastructure starts ---------------------------------------

SERVICES=()
if [[ $EDU_SKIP_SERVICES == 1 ]]; then
  log "services: skipped (EDU_SKIP_SERVICES=1)"
else
  TO_BUILD=()
  for svc in $EDU_SERVICES; do
    dir=$ROOT_DIR/$svc
    if [[ ! -f $dir/pom.xml ]]; then
      log "$svc: no module yet ($svc/pom.xml is missing), skipped"
      continue
    fi
    [[ -n $(svc_port "$svc") ]] || die "$svc: no port known; set EDU_$(svc_var "$svc")_PORT"
    SERVICES+=("$svc")
    jar=$dir/target/quarkus-app/quarkus-run.jar
    case $EDU_BUILD in
      always) TO_BUILD+=("$svc") ;;
      never) ;;
      auto)
        if [[ ! -f $jar ]]; then
          TO_BUILD+=("$svc")
        else
          sources=()
          for p in "$dir/src" "$dir/pom.xml" "$ROOT_DIR/pom.xml" "$ROOT_DIR/eventsourcing/src" \
            "$ROOT_DIR/eventsourcing/pom.xml" "$ROOT_DIR/contracts/src" "$ROOT_DIR/contracts/pom.xml"; do
            [[ -e $p ]] && sources+=("$p")
          done
          if [[ -n $(find "${sources[@]}" -newer "$jar" -type f -print -quit) ]]; then
            TO_BUILD+=("$svc")
          fi
        fi
        ;;
    esac
  done
  if ((${#TO_BUILD[@]})); then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to build ${TO_BUILD[*]}"
    modules=$(
      IFS=,
      printf '%s' "${TO_BUILD[*]}"
    )
    log "building ${TO_BUILD[*]}: mvn -q -DskipTests install -pl $modules -am (log: $LOG_DIR/build.log)"
    (cd "$ROOT_DIR" && mvn -q -B -DskipTests install -pl "$modules" -am) >"$LOG_DIR/build.log" 2>&1 \
      || die_with_log "the build of ${TO_BUILD[*]} failed (to start only the infrastructure: EDU_SKIP_SERVICES=1 deploy/local/up.sh)" "$LOG_DIR/build.log"
  fi
  for svc in "${SERVICES[@]}"; do
    [[ -f $ROOT_DIR/$svc/target/quarkus-app/quarkus-run.jar ]] \
      || die "$svc: $svc/target/quarkus-app/quarkus-run.jar is missing after the build (is it a Quarkus application? run with --build)"
  done
fi

# --- (f) wait for the infrastructure --------------------------------------------------------------

# wait_until DESCRIPTION TIMEOUT LOGFILE PIDNAME COMMAND...: PIDNAME may be "" (nothing to watch).
wait_until() {
  local what=$1 limit=$2 logfile=$3 name=$4 started=$SECONDS
  shift 4
  until "$@" >/dev/null 2>&1; do
    if [[ -n $name ]] && ! running_pid "$name" >/dev/null; then
      die_with_log "$what: the process exited" "$logfile"
    fi
    if ((SECONDS - started >= limit)); then
      die_with_log "$what: not ready after ${limit}s" "$logfile"
    fi
    sleep 1
  done
}

if ((KAFKA_EXTERNAL)); then
  log "Kafka: checking $KAFKA_BOOTSTRAP, creating topics"
  kafka_init "$EDU_TIMEOUT_KAFKA" || die "Kafka at $KAFKA_BOOTSTRAP is not usable"
else
  wait_until "Kafka port $EDU_KAFKA_PORT" "$EDU_TIMEOUT_KAFKA" "$LOG_DIR/kafka.log" kafka port_open 127.0.0.1 "$EDU_KAFKA_PORT"
  log "Kafka: answering, creating topics"
  kafka_init "$EDU_TIMEOUT_KAFKA" || die_with_log "Kafka at $KAFKA_BOOTSTRAP is not usable" "$LOG_DIR/kafka.log"
fi

log "Keycloak: waiting for $OIDC_URL/.well-known/openid-configuration"
if ((KC_EXTERNAL)); then
  wait_until "Keycloak realm edu at $OIDC_URL" "$EDU_TIMEOUT_KEYCLOAK" /dev/null "" \
    curl -fsS -o /dev/null --max-time 5 "$OIDC_URL/.well-known/openid-configuration"
else
  wait_until "Keycloak realm edu" "$EDU_TIMEOUT_KEYCLOAK" "$LOG_DIR/keycloak.log" keycloak \
    curl -fsS -o /dev/null --max-time 5 "$OIDC_URL/.well-known/openid-configuration"
fi
log "Keycloak: realm edu answers"

# --- start and wait for the services --------------------------------------------------------------

for svc in "${SERVICES[@]}"; do
  port=$(svc_port "$svc")
  if pid=$(running_pid "$svc"); then
    same_port_or_die "$svc" "$port"
    log "$svc: already running (pid $pid) on port $port"
    continue
  fi
  require_free_port "$svc" "$port"
  db=$(svc_db "$svc")
  envs=(
    "QUARKUS_HTTP_HOST=$EDU_BIND_HOST"
    "QUARKUS_HTTP_PORT=$port"
    "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP"
    "QUARKUS_OIDC_AUTH_SERVER_URL=$OIDC_URL"
  )
  if [[ -n $db ]]; then
    envs+=(
      "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$EDU_PG_HOST:$EDU_PG_PORT/$db"
      "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$EDU_PG_HOST:$EDU_PG_PORT/$db"
      "QUARKUS_DATASOURCE_USERNAME=$EDU_PG_USER"
      "QUARKUS_DATASOURCE_PASSWORD=$EDU_PG_PASSWORD"
    )
  fi
  # Where the other services listen (used by the gateway): COMMUNITY_SERVICE_URL=http://localhost:8081...
  for other in $EDU_SERVICES; do
    [[ $other == gateway || -z $(svc_port "$other") ]] && continue
    envs+=("$(svc_var "$other")_URL=http://localhost:$(svc_port "$other")")
  done
  workdir=$RUN_DIR/work/$svc
  mkdir -p "$workdir"
  printf '%s\n' "$port" >"$PID_DIR/$svc.port"
  log "$svc: starting on port $port"
  # shellcheck disable=SC2086 # EDU_SERVICE_JAVA_OPTS holds several options
  start_detached "$svc" "$LOG_DIR/$svc.log" "$workdir" \
    env "${envs[@]}" "$JAVA" "-Xmx$EDU_SERVICE_HEAP" $EDU_SERVICE_JAVA_OPTS \
    -jar "$ROOT_DIR/$svc/target/quarkus-app/quarkus-run.jar"
done
for svc in "${SERVICES[@]}"; do
  port=$(svc_port "$svc")
  wait_until "$svc http://localhost:$port/q/health/ready" "$EDU_TIMEOUT_SERVICE" "$LOG_DIR/$svc.log" "$svc" \
    curl -fsS -o /dev/null --max-time 5 "http://localhost:$port/q/health/ready"
  log "$svc: ready"
done

# --- (g) how to use it ----------------------------------------------------------------------------

KC_BASE=${OIDC_URL%/realms/*}
# The gateway is the public entry; without it, the first service.
api_port=
if ((${#SERVICES[@]})); then
  api_port=$(svc_port "${SERVICES[0]}")
  [[ " ${SERVICES[*]} " == *" gateway "* ]] && api_port=$(svc_port gateway)
fi
first_topic=${EDU_KAFKA_TOPICS%% *}
elapsed=$((SECONDS - START_SECONDS))

cat <<EOF

Local stack is up (${elapsed}s). State and data: deploy/local/.run/, logs: deploy/local/.run/logs/

  PostgreSQL   $EDU_PG_HOST:$EDU_PG_PORT  user $EDU_PG_USER  databases: $EDU_PG_DATABASES
  Kafka        $KAFKA_BOOTSTRAP  topics: $EDU_KAFKA_TOPICS
  Keycloak     $OIDC_URL  (issuer)
EOF
if ((!KC_EXTERNAL)); then
  printf '               admin console %s/admin/  (local bootstrap admin: %s / %s)\n' \
    "$KC_BASE" "$EDU_KC_ADMIN_USER" "$EDU_KC_ADMIN_PASSWORD"
fi
if [[ " ${SERVICES[*]} " == *" gateway "* ]]; then
  # The gateway is the one entry: every /api/v1 route, one OpenAPI document, the token check and the limits.
  printf '\n  API (the one entry)  http://localhost:%s/api/v1  Swagger UI http://localhost:%s/q/swagger-ui  health /q/health/ready\n' \
    "$api_port" "$api_port"
  printf '  behind it:'
  for svc in "${SERVICES[@]}"; do
    [[ $svc == gateway ]] || printf ' %s :%s' "$svc" "$(svc_port "$svc")"
  done
  printf '\n'
elif ((${#SERVICES[@]})); then
  for svc in "${SERVICES[@]}"; do
    port=$(svc_port "$svc")
    printf '  %-19s http://localhost:%s/api/v1  Swagger UI http://localhost:%s/q/swagger-ui  health /q/health/ready\n' \
      "$svc" "$port" "$port"
  done
else
  printf '  services     none started\n'
fi
cat <<EOF

Access token (client credentials, system account of the provincial EMIS):
  TOKEN=\$(curl -fsS -d grant_type=client_credentials -d client_id=provincial-emis \\
    -d client_secret=local-only-provincial-emis-secret \\
    $OIDC_URL/protocol/openid-connect/token | jq -r .access_token)
Access token of a demo user (password grant, public client edu-cli; password local-<username>):
  TOKEN=\$(curl -fsS -d grant_type=password -d client_id=edu-cli -d username=county-officer \\
    -d password=local-county-officer \\
    $OIDC_URL/protocol/openid-connect/token | jq -r .access_token)
Shorter: TOKEN=\$(deploy/local/token.sh)  or  TOKEN=\$(deploy/local/token.sh county-officer); --decode shows the claims.
EOF
if ((${#SERVICES[@]})); then
  # shellcheck disable=SC2016 # $TOKEN is printed for the reader's shell
  printf 'Call the API:\n  curl -H "Authorization: Bearer $TOKEN" http://localhost:%s/api/v1/...\n' "$api_port"
fi
cat <<EOF
Read a topic from the beginning with key and headers (stops after 10 s without records):
  deploy/local/consume.sh $first_topic
Stop: deploy/local/down.sh   (and delete all local data: deploy/local/down.sh --purge)
EOF

# --- (h) the demo province --------------------------------------------------------------------------
if ((DEMO)); then
  for needed in community-service assessment-service; do
    [[ " ${SERVICES[*]} " == *" $needed "* ]] || die "--demo needs $needed running"
  done
  demo_jar=$ROOT_DIR/tools/demo/target/demo-province.jar
  if [[ ! -f $demo_jar || -n $(find "$ROOT_DIR/tools/demo/src" "$ROOT_DIR/reference/src" -newer "$demo_jar" -type f -print -quit) ]]; then
    log "demo: building tools/demo (log: $LOG_DIR/demo-build.log)"
    (cd "$ROOT_DIR" && mvn -q -B -DskipTests install -pl tools/demo -am) >"$LOG_DIR/demo-build.log" 2>&1 \
      || die_with_log "the build of tools/demo failed" "$LOG_DIR/demo-build.log"
  fi
  # The flows (postings, synchronous classrooms, activities) and the assessment round need staffing and exchange.
  demo_flows=()
  if [[ " ${SERVICES[*]} " == *" staffing-service "* && " ${SERVICES[*]} " == *" exchange-service "* ]]; then
    demo_flows=(--staffing-url "http://localhost:$(svc_port staffing-service)"
      --exchange-url "http://localhost:$(svc_port exchange-service)")
  else
    demo_flows=(--flows 0)
  fi
  log "demo: loading the demo province through the API ${EDU_DEMO_ARGS:-}"
  # shellcheck disable=SC2086 # EDU_DEMO_ARGS holds several options
  "$JAVA" -Xmx256m -jar "$demo_jar" \
    --community-url "http://localhost:$(svc_port community-service)" \
    --assessment-url "http://localhost:$(svc_port assessment-service)" "${demo_flows[@]}" \
    --token-url "$OIDC_URL/protocol/openid-connect/token" ${EDU_DEMO_ARGS:-} \
    || die "demo: loading the demo province failed"
fi
