#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite; exits non-zero on any failure.
# Usage: scripts/test.sh [PRESET...]   (default: the normal build; "sanitize" for the ASan+UBSan build)
# The sanitize suite takes over 20 minutes on two cores, so CI runs the normal build only for now.
set -euo pipefail
cd "$(dirname "$0")/.."
presets=("$@")
((${#presets[@]})) || presets=(default)
export QT_QPA_PLATFORM=offscreen
for preset in "${presets[@]}"; do
    start=$SECONDS
    scripts/setup.sh "$preset"
    built=$SECONDS
    ctest --preset "$preset" --label-exclude 'bench|fuzz'
    echo "scripts/test.sh: $preset: build $((built - start)) s, tests $((SECONDS - built)) s"
done
