#!/usr/bin/env bash
# Installs what Infraplan needs on Debian 12 (only the packages that are missing), then configures and
# builds it. Usage: scripts/setup.sh [PRESET]   (PRESET: default, sanitize, sanitize-core or fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

packages=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-qpa-plugins libgl-dev
    libsqlite3-dev nlohmann-json3-dev
    qt6-l10n-tools qt6-translations-l10n fonts-dejavu-core fonts-wqy-microhei poppler-utils xvfb xauth
    desktop-file-utils appstream
)
# The fuzz targets need clang and its libFuzzer runtime.
if [ "$preset" = fuzz ]; then packages+=(clang-14 libclang-rt-14-dev); fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A compiler cache, when one is installed, makes a second build tree or a fresh checkout cheap to rebuild.
if command -v ccache >/dev/null && [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ]; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
