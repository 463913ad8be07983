#!/usr/bin/env bash
# README command 2: install what is missing, then run every test: unit tests, reference fixtures,
# the committed notebooks against what they draw, and a benchmark smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
bash scripts/setup.sh --tests
swift build -c release
# The shared reference fixtures beside the checkout, else the copies in Tests/Fixtures (a clone
# made anywhere else).
for name in pml-reference.json pml-zoo-reference.json fl-reference.json; do
    f=../shared/fixtures/$name
    [ -f "$f" ] || f=Tests/Fixtures/$name
    .build/release/metriclab verify --fixtures "$f"
done
.build/release/metriclab check notebooks/
.build/release/metriclab bench --quick > /dev/null
swift test
