#!/usr/bin/env bash
# Debian's chromium and chromium-driver for the browser tests, without root and without touching the machine:
# the packages apt would install (their dependency closure minus what is installed already) are fetched with
# `apt-get download` from the machine's apt sources and unpacked with `dpkg-deb -x` under DEST, as deploy/images
# builds its base image. No maintainer script runs; the two wrappers DEST/chromium and DEST/chromedriver set the
# library path and a font configuration that finds the unpacked fonts (WenQuanYi Zen Hei for the Chinese labels).
#
#   system-tests/chromium/provision.sh DEST      # idempotent: does nothing when DEST/ready names the same versions
#
# Needs a Debian 12 (bookworm) machine with apt sources; the package lists are fetched (apt-get update) only when
# they are missing or stale and the script runs as root, as on a fresh CI machine.
set -euo pipefail

dest=${1:?usage: provision.sh DEST}
wanted=(chromium chromium-driver fonts-wqy-zenhei)

if ! apt-cache show chromium >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -q >&2
  else
    echo "provision.sh: apt has no package lists (run apt-get update as root once)" >&2
    exit 1
  fi
fi

versions=$(apt-cache policy "${wanted[@]}" | awk '/^[^ ]/{name=$1} /Candidate:/{print name, $2}')
if [[ -f $dest/ready && $(cat "$dest/ready") == "$versions" ]]; then
  exit 0
fi

rm -rf "$dest"
mkdir -p "$dest/debs" "$dest/root"
# What `apt-get install` would add to this machine, plus the wanted packages themselves (also when installed).
closure=$(apt-get -s -q --no-install-recommends install "${wanted[@]}" | awk '/^Inst /{print $2}')
# shellcheck disable=SC2086
packages=$(printf '%s\n' "${wanted[@]}" chromium-common $closure | sort -u)
# Lists older than the mirror name files it no longer has: fetch them again (as root) and retry once.
# shellcheck disable=SC2086
if ! (cd "$dest/debs" && apt-get download -q $packages >&2); then
  [[ $(id -u) -eq 0 ]] || { echo "provision.sh: apt-get download failed (stale package lists?)" >&2; exit 1; }
  apt-get update -q >&2
  (cd "$dest/debs" && apt-get download -q $packages >&2)
fi
for deb in "$dest"/debs/*.deb; do
  dpkg-deb -x "$deb" "$dest/root"
done

rm -rf "$dest/debs"
libraries=$(find "$dest/root" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
cat >"$dest/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$dest/root/usr/share/fonts</dir>
  <cachedir>$dest/fontconfig-cache</cachedir>
</fontconfig>
CONF
for program in chromium:usr/lib/chromium/chromium chromedriver:usr/bin/chromedriver; do
  cat >"$dest/${program%%:*}" <<WRAPPER
#!/bin/sh
export LD_LIBRARY_PATH="$libraries\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
export FONTCONFIG_FILE="$dest/fonts.conf"
exec "$dest/root/${program#*:}" "\$@"
WRAPPER
  chmod +x "$dest/${program%%:*}"
done
"$dest/chromedriver" --version >&2
apt-cache policy "${wanted[@]}" | awk '/^[^ ]/{name=$1} /Candidate:/{print name, $2}' >"$dest/ready"
