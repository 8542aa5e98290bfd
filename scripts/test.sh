#!/usr/bin/env bash
# Installs what is missing, builds, and runs the test suites; exits non-zero on any failure.
# Usage: scripts/test.sh [SUITE...]
#   default        the normal build (build/), every test
#   sanitize-core  the AddressSanitizer + UndefinedBehaviorSanitizer build (build-sanitize/) of the model, the
#                  command line and their tests (CTest labels model and cli)
#   sanitize       the same build, every test including the GUI ones
# Without arguments it runs default and sanitize-core; that is what CI (.ci/run) runs. docs/testing.md says
# why the GUI tests are left to `scripts/test.sh sanitize`, and what each suite costs.
set -euo pipefail
cd "$(dirname "$0")/.."
suites=("$@")
((${#suites[@]})) || suites=(default sanitize-core)
export QT_QPA_PLATFORM=offscreen
for suite in "${suites[@]}"; do
    start=$SECONDS
    scripts/setup.sh "$suite"
    built=$SECONDS
    ctest --preset "$suite" --label-exclude 'bench|fuzz'
    echo "scripts/test.sh: $suite: build $((built - start)) s, tests $((SECONDS - built)) s" \
         "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
