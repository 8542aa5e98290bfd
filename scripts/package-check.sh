#!/usr/bin/env bash
# Builds the .deb and proves it: the desktop entry and AppStream metadata validate, and the package installed
# with apt on a Debian 12 that has nothing else runs (--version, a report in English and in Chinese with its
# fonts embedded, the window started offscreen).
# Usage:
#   scripts/package-check.sh build      build/package/infraplan_*.deb with CPack (release, no tests) and
#                                       validate what it installs
#   scripts/package-check.sh install    after `build`: remove the build tools again, install the .deb with
#                                       apt and run it (as root, on a machine that may be changed: a fresh one)
#   scripts/package-check.sh fresh      both, in a clean Debian 12:
#                                       ../shared/tools/fresh-debian 'scripts/package-check.sh build install'
#   DEB=path/infraplan_0.1.0_amd64.deb scripts/package-check.sh install
#                                       install and run a .deb built elsewhere (cpack in build/): fresh-debian
#                                       copies ../shared to /shared, so a .deb placed there can be proved
#                                       without building it again inside the clean system
# Each step prints what it checked; the script stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-package
steps=("$@")
((${#steps[@]})) || steps=(build)

say() { printf '\n== %s\n' "$*"; }

# What building the package needs beyond what its users need (scripts/setup.sh has the full list).
build_packages=(g++ cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libgl-dev
    libsqlite3-dev nlohmann-json3-dev qt6-l10n-tools desktop-file-utils appstream)

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

build() {
    local missing=()
    for p in "${build_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        say "installing build tools: ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    say "building the release (no tests) in $out/"
    cmake -S . -B $out -G Ninja -DCMAKE_BUILD_TYPE=Release -DINFRAPLAN_BUILD_TESTS=OFF >/dev/null
    cmake --build $out --parallel "${JOBS:-2}"
    rm -f $out/infraplan_*.deb
    (cd $out && cpack -G DEB >/dev/null)
    deb=$(ls $out/infraplan_*.deb)
    say "package: $deb"
    dpkg-deb --info "$deb" | grep -E '^ (Package|Version|Architecture|Maintainer|Depends|Section):'
    local root=$out/deb-contents
    rm -rf $root && dpkg-deb -x "$deb" $root
    say "files the desktop needs"
    local id=org.infraplan.Infraplan
    for f in usr/bin/infraplan usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
        usr/share/mime/packages/$id.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
        usr/share/icons/hicolor/48x48/apps/$id.png usr/share/icons/hicolor/256x256/apps/$id.png \
        usr/share/man/man1/infraplan.1 usr/share/doc/infraplan/copyright usr/share/infraplan/catalog.sqlite \
        usr/share/infraplan/examples/recsys-train-vs-serve.json; do
        [ -s "$root/$f" ] || { echo "missing from the package: /$f"; exit 1; }
        echo "  /$f"
    done
    say "desktop-file-validate"
    desktop-file-validate $root/usr/share/applications/$id.desktop && echo "  valid"
    say "appstreamcli validate"
    appstreamcli validate --no-net --explain $root/usr/share/metainfo/$id.metainfo.xml
}

install_and_run() {
    local deb=${DEB:-}
    [ -n "$deb" ] || deb=$(ls $out/infraplan_*.deb)
    deb=$(realpath "$deb")
    say "removing the build tools, so only what the package depends on is left"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq --auto-remove "${build_packages[@]}" \
        >/dev/null 2>&1 || true
    say "apt-get install $deb"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
    dpkg -s infraplan | grep -E '^(Status|Version):'
    say "infraplan --version"
    infraplan --version
    local tmp examples=/usr/share/infraplan/examples
    tmp=$(mktemp -d)
    say "infraplan report (English and Simplified Chinese)"
    infraplan report $examples/recsys-train-vs-serve.json -o "$tmp/en.pdf" --language en
    infraplan report $examples/recsys-train-vs-serve.json -o "$tmp/zh.pdf" --language zh_CN
    say "the window, offscreen in Chinese, for 15 s"
    local rc=0
    LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=offscreen timeout 15 infraplan $examples/llm-pretrain-and-chat.json \
        >"$tmp/gui.log" 2>&1 || rc=$?
    sed 's/^/  /' "$tmp/gui.log"
    # timeout's 124: the window was still up when it was closed; anything else is a failure to start.
    [ $rc -eq 124 ] || { echo "the window did not stay up (exit $rc)"; exit 1; }
    echo "  still running after 15 s: started"
    say "the PDFs: pages, fonts and Chinese text (poppler-utils installed only now, after the checks above)"
    apt_install poppler-utils
    for f in en zh; do
        echo "  $f.pdf: $(pdfinfo "$tmp/$f.pdf" | grep -E '^Pages:' | tr -s ' ')"
        pdffonts "$tmp/$f.pdf" | tail -n +3 | awk '{print "    font " $1 " embedded=" $(NF-4)}' | sort -u
    done
    # Through a file: with pipefail, grep -m stopping early would fail the pipeline on pdftotext's SIGPIPE.
    pdftotext "$tmp/zh.pdf" "$tmp/zh.txt"
    grep -m3 -P '[\x{4e00}-\x{9fff}]' "$tmp/zh.txt" | sed 's/^/  zh: /'
    pdffonts "$tmp/zh.pdf" | tail -n +3 | awk '$(NF-4) != "yes" {bad=1} END {exit bad}' ||
        { echo "a font of the Chinese report is not embedded"; exit 1; }
    say "package check passed"
}

for step in "${steps[@]}"; do
    case $step in
    build) build ;;
    install) install_and_run ;;
    fresh) ../shared/tools/fresh-debian 'scripts/package-check.sh build install' ;;
    *) echo "usage: scripts/package-check.sh [build] [install] | fresh" >&2; exit 2 ;;
    esac
done
