#!/usr/bin/env bash
# Stops the benchmark's own stack (left running by benchmarks/run.sh --keep); its data stays in benchmarks/.run/stack.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=stack.env
source "$(dirname "${BASH_SOURCE[0]}")/stack.env"
exec "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/down.sh"
