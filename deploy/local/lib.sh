# shellcheck shell=bash
# shellcheck disable=SC2034 # the settings are used by the scripts that source this file
# Shared settings and helpers of deploy/local/{up,down,consume,token}.sh. Source it; do not run it.
# Every setting can be overridden by an environment variable of the same name (see README.md).

LOCAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$LOCAL_DIR/../.." && pwd)
# EDU_RUN_DIR: another state folder (benchmarks/run.sh keeps its own stack apart from a developer's).
RUN_DIR=${EDU_RUN_DIR:-$LOCAL_DIR/.run}
LOG_DIR=$RUN_DIR/logs
PID_DIR=$RUN_DIR/pids
DOWNLOAD_DIR=$RUN_DIR/downloads
TOOLS_CLASSES=$RUN_DIR/tools/classes

# --- where to listen ----------------------------------------------------------------------------
EDU_BIND_HOST=${EDU_BIND_HOST:-127.0.0.1}

# --- PostgreSQL -------------------------------------------------------------------------------
EDU_PG_EXTERNAL=${EDU_PG_EXTERNAL:-0}
EDU_PG_HOST=${EDU_PG_HOST:-localhost}
EDU_PG_PORT=${EDU_PG_PORT:-15432}
EDU_PG_USER=${EDU_PG_USER:-edu}
EDU_PG_PASSWORD=${EDU_PG_PASSWORD:-local-edu}
EDU_PG_VERSION=${EDU_PG_VERSION:-14.22.0}
EDU_PG_JDBC_VERSION=${EDU_PG_JDBC_VERSION:-42.7.10}
EDU_PG_DATABASES=${EDU_PG_DATABASES:-community staffing exchange assessment}
PG_HOME=$RUN_DIR/pgsql
PG_DATA=$RUN_DIR/pg/data
# Extra server options for pg_ctl start, e.g. "-c track_commit_timestamp=on" (benchmarks/run.sh).
EDU_PG_OPTIONS=${EDU_PG_OPTIONS:-}

# --- Kafka (KRaft, broker and controller in one process) ---------------------------------------
EDU_KAFKA_PORT=${EDU_KAFKA_PORT:-9092}
EDU_KAFKA_CONTROLLER_PORT=${EDU_KAFKA_CONTROLLER_PORT:-9093}
EDU_KAFKA_HEAP_OPTS=${EDU_KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}
EDU_KAFKA_PARTITIONS=${EDU_KAFKA_PARTITIONS:-3}
EDU_KAFKA_AUTO_CREATE_TOPICS=${EDU_KAFKA_AUTO_CREATE_TOPICS:-true}
EDU_KAFKA_TOPICS=${EDU_KAFKA_TOPICS:-edu.community.events edu.staffing.events edu.exchange.events edu.assessment.events}
if [[ -n ${EDU_KAFKA_BOOTSTRAP:-} ]]; then
  KAFKA_EXTERNAL=1
  KAFKA_BOOTSTRAP=$EDU_KAFKA_BOOTSTRAP
else
  KAFKA_EXTERNAL=0
  KAFKA_BOOTSTRAP=localhost:$EDU_KAFKA_PORT
fi
KAFKA_LIBS=$LOCAL_DIR/kafka/target/libs
KAFKA_DIR=$RUN_DIR/kafka

# --- Keycloak --------------------------------------------------------------------------------
EDU_KC_VERSION=${EDU_KC_VERSION:-26.7.3}
EDU_KC_PORT=${EDU_KC_PORT:-8180}
EDU_KC_MANAGEMENT_PORT=${EDU_KC_MANAGEMENT_PORT:-9190}
EDU_KC_HEAP_OPTS=${EDU_KC_HEAP_OPTS:--Xms128m -Xmx640m}
# The issuer's scheme, host and port, fixed so that tokens carry the same "iss" however Keycloak is reached.
EDU_KC_HOSTNAME=${EDU_KC_HOSTNAME:-http://localhost:$EDU_KC_PORT}
EDU_KC_ADMIN_USER=${EDU_KC_ADMIN_USER:-admin}
EDU_KC_ADMIN_PASSWORD=${EDU_KC_ADMIN_PASSWORD:-admin}
if [[ -n ${EDU_OIDC_URL:-} ]]; then
  KC_EXTERNAL=1
  OIDC_URL=${EDU_OIDC_URL%/}
else
  KC_EXTERNAL=0
  OIDC_URL=${EDU_KC_HOSTNAME%/}/realms/edu
fi
KC_HOME=$RUN_DIR/keycloak/keycloak-$EDU_KC_VERSION
REALM_FILE=$ROOT_DIR/deploy/keycloak/edu-realm.json

# --- services --------------------------------------------------------------------------------
# Add a service here (and a port and database below) when its module exists.
EDU_SERVICES=${EDU_SERVICES:-community-service staffing-service exchange-service assessment-service gateway}
EDU_SKIP_SERVICES=${EDU_SKIP_SERVICES:-0}
EDU_BUILD=${EDU_BUILD:-auto} # auto | always | never
EDU_SERVICE_HEAP=${EDU_SERVICE_HEAP:-256m}
EDU_SERVICE_JAVA_OPTS=${EDU_SERVICE_JAVA_OPTS:-}

# --- readiness time-outs (seconds) -----------------------------------------------------------
EDU_TIMEOUT_PG=${EDU_TIMEOUT_PG:-60}
EDU_TIMEOUT_KAFKA=${EDU_TIMEOUT_KAFKA:-120}
EDU_TIMEOUT_KEYCLOAK=${EDU_TIMEOUT_KEYCLOAK:-300}
EDU_TIMEOUT_SERVICE=${EDU_TIMEOUT_SERVICE:-180}

# Port of a service: EDU_<SERVICE>_PORT (e.g. EDU_COMMUNITY_SERVICE_PORT) or the default below.
svc_port() {
  local var default
  var="EDU_$(svc_var "$1")_PORT"
  case $1 in
    gateway) default=8080 ;;
    community-service) default=8081 ;;
    staffing-service) default=8082 ;;
    exchange-service) default=8083 ;;
    assessment-service) default=8084 ;;
    *) default= ;;
  esac
  printf '%s\n' "${!var:-$default}"
}

# Database of a service; empty for one that has none (the gateway).
svc_db() {
  case $1 in
    community-service) echo community ;;
    staffing-service) echo staffing ;;
    exchange-service) echo exchange ;;
    assessment-service) echo assessment ;;
    *) echo "" ;;
  esac
}

# community-service -> COMMUNITY_SERVICE
svc_var() {
  local s=${1^^}
  printf '%s\n' "${s//-/_}"
}

# --- output ----------------------------------------------------------------------------------
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '%s WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  printf '%s ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}

# die with the end of a log file
die_with_log() {
  local message=$1 logfile=$2
  {
    printf '%s ERROR: %s\n' "$(date +%H:%M:%S)" "$message"
    printf '  log: %s\n' "$logfile"
    if [[ -f $logfile ]]; then
      printf '  last lines:\n'
      tail -n 30 "$logfile" | sed 's/^/  | /'
    fi
  } >&2
  exit 1
}

# --- Java ------------------------------------------------------------------------------------
# Major version of a java binary (17, 21, 25...), or nothing.
java_major() {
  local out version
  out=$("$1" -version 2>&1) || return 1
  version=$(sed -n 's/.* version "\([^"]*\)".*/\1/p' <<<"$out" | head -n 1)
  [[ -n $version ]] || return 1
  [[ $version == 1.* ]] && version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

# Path of a java binary of at least the given major version: $JAVA_HOME first, then java on the
# PATH, then the newest JDK under /usr/lib/jvm.
find_java() {
  local min=$1 candidate major best="" best_major=0 path_java
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    major=$(java_major "$JAVA_HOME/bin/java") || major=0
    if ((major >= min)); then
      printf '%s\n' "$JAVA_HOME/bin/java"
      return 0
    fi
  fi
  if path_java=$(command -v java); then
    major=$(java_major "$path_java") || major=0
    if ((major >= min)); then
      printf '%s\n' "$path_java"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x $candidate ]] || continue
    major=$(java_major "$candidate") || continue
    if ((major >= min && major > best_major)); then
      best=$candidate
      best_major=$major
    fi
  done
  [[ -n $best ]] || return 1
  printf '%s\n' "$best"
}

# java for the services, Kafka and the helpers (17+); EDU_JAVA overrides.
tools_java() {
  if [[ -z ${TOOLS_JAVA:-} ]]; then
    TOOLS_JAVA=${EDU_JAVA:-}
    if [[ -z $TOOLS_JAVA ]]; then
      TOOLS_JAVA=$(find_java 17) || die "no Java 17 or newer found (set JAVA_HOME or EDU_JAVA)"
    fi
  fi
  printf '%s\n' "$TOOLS_JAVA"
}

# --- processes -------------------------------------------------------------------------------
port_open() { # host port
  # shellcheck disable=SC2016 # $1 and $2 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# Pid of a component started by up.sh if it is still running; otherwise removes a stale pid file.
running_pid() {
  local name=$1 file pid
  file=$PID_DIR/$name.pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$ROOT_DIR"; then
    printf '%s\n' "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

# Starts a command detached (own session and process group) with its output in a log file, and
# records its pid. Usage: start_detached NAME LOGFILE WORKDIR COMMAND...
start_detached() {
  local name=$1 logfile=$2 workdir=$3
  shift 3
  [[ -f $logfile ]] && mv -f "$logfile" "$logfile.1"
  (cd "$workdir" && exec setsid "$@") >"$logfile" 2>&1 </dev/null &
  printf '%s\n' "$!" >"$PID_DIR/$name.pid"
}

# A component that runs already must listen where this run expects it: its port is recorded in
# .run/pids/NAME.port when it is started. Usage: same_port_or_die NAME PORT
same_port_or_die() {
  local file=$PID_DIR/$1.port recorded
  if [[ -f $file ]]; then
    recorded=$(<"$file")
    if [[ $recorded != "$2" ]]; then
      die "$1 runs already on port $recorded (started by up.sh), not on $2: run deploy/local/down.sh first to change its settings"
    fi
  fi
}

# Stops a component started by up.sh: TERM to its process group, KILL after a grace period.
stop_component() {
  local name=$1 grace=${2:-30} pid pgid i
  if ! pid=$(running_pid "$name"); then
    return 0
  fi
  log "stopping $name (pid $pid)"
  pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')
  if [[ $pgid == "$pid" ]]; then
    kill -TERM -- "-$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
  fi
  for ((i = 0; i < grace * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop within ${grace}s, killing it"
    if [[ $pgid == "$pid" ]]; then
      kill -KILL -- "-$pid" 2>/dev/null || true
    else
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$PID_DIR/$name.pid" "$PID_DIR/$name.port"
}

# PostgreSQL refuses to run as root. As root, run its binaries in a new user namespace where the
# process is an unprivileged user (files still belong to the invoking user).
as_pg_user() {
  if ((EUID == 0)); then
    command -v unshare >/dev/null || die "PostgreSQL cannot run as root and 'unshare' is missing: run as a normal user"
    unshare --user -- "$@"
  else
    "$@"
  fi
}

# --- Maven -----------------------------------------------------------------------------------
# Copies one artifact (groupId:artifactId:version[:type[:classifier]]) into DOWNLOAD_DIR unless the
# file is already there.
fetch_artifact() {
  local coords=$1 file=$2
  [[ -s $DOWNLOAD_DIR/$file ]] && return 0
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch $coords"
  log "fetching $coords with Maven"
  mkdir -p "$DOWNLOAD_DIR"
  # Run outside the repository so that Maven does not read the project's pom.xml.
  (cd "$DOWNLOAD_DIR" && mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$coords" -DoutputDirectory="$DOWNLOAD_DIR" -Dmdep.overWriteIfNewer=true) \
    >>"$LOG_DIR/maven.log" 2>&1 || die_with_log "could not fetch $coords" "$LOG_DIR/maven.log"
  [[ -s $DOWNLOAD_DIR/$file ]] || die "Maven did not produce $DOWNLOAD_DIR/$file"
}

# Kafka broker and tools jars (deploy/local/kafka/pom.xml copies them to target/libs).
ensure_kafka_libs() {
  if ! compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null || ! compgen -G "$KAFKA_LIBS/kafka-tools-*.jar" >/dev/null; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch the Kafka jars"
    mkdir -p "$LOG_DIR"
    log "fetching the Kafka jars with Maven (deploy/local/kafka)"
    (cd "$ROOT_DIR" && mvn -q -B -f deploy/local/kafka/pom.xml generate-resources) >>"$LOG_DIR/maven.log" 2>&1 \
      || die_with_log "could not fetch the Kafka jars" "$LOG_DIR/maven.log"
  fi
}
