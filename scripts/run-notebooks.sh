#!/usr/bin/env bash
# README command 1: install what is missing, build in release mode, run every notebook (regenerating figures/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/setup.sh
swift build -c release
.build/release/metriclab run notebooks/ "$@"
