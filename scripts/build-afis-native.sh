#!/usr/bin/env bash
# Build NBIS MINDTCT + Bozorth3 (NIST's C code, vendored in afis's source distribution with afis's C glue) into
# the venv's afis package, where afis loads it (afis/_native/libafis_lfs.so). afis's wheel carries only the Python
# side; without this library fingerprint templates and matching are unavailable (identification, issue 17).
# The source is the sdist of the afis version requirements.lock pins, checked against the hash below.
# Usage: scripts/build-afis-native.sh VENV
set -euo pipefail
venv=${1:-.venv}
version=1.2.7
sha256=818bd60ce7f58fdd6ff4a22d2b94939f9a36b09be6a19a1fd5be13dcfff5b880
site=$("$venv/bin/python" -c 'import afis, os; print(os.path.dirname(afis.__file__))')
target="$site/_native/libafis_lfs.so"
stamp="$target.sha256"
if [ -f "$target" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sha256" ]; then
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
  -d "$work" "afis==$version" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" >&2 || true
sdist="$work/afis-$version.tar.gz"
echo "$sha256  $sdist" | sha256sum -c --quiet - || { echo "build-afis-native: afis $version sdist hash mismatch" >&2; exit 1; }
tar xzf "$sdist" -C "$work"
make -s -C "$work/afis-$version/native" >/dev/null
install -m 0644 "$work/afis-$version/native/lib/libafis_lfs.so" "$target"
echo "$sha256" > "$stamp"
