#!/usr/bin/env bash
# Installs what is missing, builds, and starts Infraplan. Without an X display it runs headless
# (QT_QPA_PLATFORM=offscreen); arguments are passed on (a project file, or a command such as --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: running with QT_QPA_PLATFORM=offscreen (use xvfb-run or a desktop to see the window)."
    export QT_QPA_PLATFORM=offscreen
fi
exec build/app/infraplan "$@"
