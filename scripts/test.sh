#!/usr/bin/env bash
# README command 2: install what is missing, then run every test: unit tests, reference fixtures,
# the committed notebooks against what they draw, and a benchmark smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/setup.sh --tests
swift build -c release
fixtures=../shared/fixtures
for f in "$fixtures"/*.json; do
    [ -f "$f" ] && .build/release/metriclab verify --fixtures "$f"
done
.build/release/metriclab check notebooks/
.build/release/metriclab bench --quick > /dev/null
swift test
