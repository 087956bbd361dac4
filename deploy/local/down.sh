#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (services, Keycloak, Kafka, PostgreSQL) and keeps the data.
# With --purge it also deletes deploy/local/.run/ (all local data, logs and unpacked downloads).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PURGE=0
case ${1:-} in
  "") ;;
  --purge) PURGE=1 ;;
  -h | --help)
    echo "Usage: deploy/local/down.sh [--purge]"
    echo "  Stops what up.sh started; --purge also deletes deploy/local/.run/ (all local data)."
    exit 0
    ;;
  *)
    echo "Usage: deploy/local/down.sh [--purge]" >&2
    exit 2
    ;;
esac

INFRA=" keycloak kafka postgres "

# Services first (every pid file that is not infrastructure, including services that are no longer
# in EDU_SERVICES), then Keycloak, Kafka and PostgreSQL.
if [[ -d $PID_DIR ]]; then
  for file in "$PID_DIR"/*.pid; do
    [[ -e $file ]] || continue
    name=$(basename "$file" .pid)
    [[ $INFRA == *" $name "* ]] && continue
    stop_component "$name" 30
  done
fi
stop_component keycloak 60
stop_component kafka 60

if pid=$(running_pid postgres); then
  log "stopping postgres (pid $pid)"
  if ! as_pg_user "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >>"$LOG_DIR/pg_ctl.log" 2>&1; then
    warn "pg_ctl stop failed (see $LOG_DIR/pg_ctl.log), sending TERM"
    stop_component postgres 30
  fi
  rm -f "$PID_DIR/postgres.pid" "$PID_DIR/postgres.port"
fi

if ((PURGE)); then
  case $RUN_DIR in
    */deploy/local/.run) ;;
    *) die "refusing to delete unexpected folder $RUN_DIR" ;;
  esac
  log "deleting $RUN_DIR"
  rm -rf "$RUN_DIR"
fi
log "stopped"
