#!/usr/bin/env bash
# Reads a topic from the beginning with Kafka's console consumer, printing partition, offset,
# timestamp, key, headers and value, and stops by itself.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<EOF2
Usage: deploy/local/consume.sh [topic] [--max-messages N] [--timeout-ms MS] [--group ID] [-- console-consumer options]

  topic              default ${EDU_KAFKA_TOPICS%% *}
  --max-messages N   stop after N records
  --timeout-ms MS    stop when no record came for MS milliseconds (default 10000; 0 = wait forever)
  --group ID         consumer group (default: a fresh one, so every run reads from the beginning)

Bootstrap servers: $KAFKA_BOOTSTRAP (EDU_KAFKA_BOOTSTRAP or EDU_KAFKA_PORT).
EOF2
}

TOPIC=${EDU_KAFKA_TOPICS%% *}
TIMEOUT_MS=10000
EXTRA=()
while (($#)); do
  case $1 in
    --max-messages)
      EXTRA+=(--max-messages "${2:?--max-messages needs a number}")
      shift
      ;;
    --timeout-ms)
      TIMEOUT_MS=${2:?--timeout-ms needs milliseconds}
      shift
      ;;
    --group)
      EXTRA+=(--group "${2:?--group needs an id}")
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    --)
      shift
      EXTRA+=("$@")
      break
      ;;
    -*)
      usage >&2
      exit 2
      ;;
    *) TOPIC=$1 ;;
  esac
  shift
done
if [[ $TIMEOUT_MS != 0 ]]; then
  EXTRA+=(--timeout-ms "$TIMEOUT_MS")
fi

ensure_kafka_libs
JAVA=$(tools_java)

# Drops two harmless stderr messages of the console consumer: the KIP-848 notice and the
# "Error processing message ... TimeoutException" that ends every run with --timeout-ms.
filter_stderr() {
  awk '
    /consumer rebalance protocol \(KIP-848\)/ { next }
    /terminating consumer process/ { held = $0; next }
    held != "" { if ($0 ~ /errors\.TimeoutException/) { held = ""; next } print held; held = "" }
    { print; fflush() }
    END { if (held != "") print held }'
}

status=0
"$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 \
  -Dlog4j2.configurationFile="$LOCAL_DIR/conf/kafka-tools-log4j2.properties" \
  -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.consumer.ConsoleConsumer \
  --bootstrap-server "$KAFKA_BOOTSTRAP" --topic "$TOPIC" --from-beginning \
  --formatter-property print.partition=true \
  --formatter-property print.offset=true \
  --formatter-property print.timestamp=true \
  --formatter-property print.key=true \
  --formatter-property print.headers=true \
  --formatter-property print.value=true \
  --formatter-property key.separator=' | ' \
  --command-property allow.auto.create.topics=false \
  --isolation-level read_committed \
  "${EXTRA[@]}" 2> >(filter_stderr >&2) || status=$?
wait 2>/dev/null || true # for the stderr filter
exit "$status"
