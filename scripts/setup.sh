#!/usr/bin/env bash
# Installs what MetricLab needs and the machine lacks, through apt; safe to run again.
# With --tests also what only the tests need: chromium, which renders an exported page.
set -euo pipefail

packages=(gnuplot-nox libgnuplot-iostream-dev libboost-iostreams-dev libboost-filesystem-dev
          libboost-system-dev fonts-dejavu-core cmark)
[ "${1:-}" = "--tests" ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v swift >/dev/null; then
    [ -x /opt/swift/usr/bin/swift ] || { echo "setup: no Swift toolchain on PATH or at /opt/swift" >&2; exit 1; }
fi
