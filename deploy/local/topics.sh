#!/usr/bin/env bash
# Kafka's topic tool (kafka-topics.sh) against the local broker, from the broker jars.
#   deploy/local/topics.sh --list
#   deploy/local/topics.sh --describe --topic edu.community.events
# Any kafka-topics option works; --bootstrap-server is added (EDU_KAFKA_BOOTSTRAP or localhost:9092).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if (($# == 0)); then
  set -- --list
fi
ensure_kafka_libs
JAVA=$(tools_java)
exec "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 \
  -Dlog4j2.configurationFile="$LOCAL_DIR/conf/kafka-tools-log4j2.properties" \
  -cp "$KAFKA_LIBS/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" "$@"
