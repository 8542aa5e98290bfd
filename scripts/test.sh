#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite; exits non-zero on any failure.
# Usage: scripts/test.sh [PRESET]   (default, or sanitize for the ASan+UBSan build)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
scripts/setup.sh "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --label-exclude bench
