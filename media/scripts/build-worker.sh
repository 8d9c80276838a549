#!/usr/bin/env bash
# Builds mediasoup-worker from the npm tarball of the installed mediasoup version against Debian's
# system libraries (no internet beyond the npm registry and the Debian mirror), caches it outside the
# repository and prints its absolute path as the LAST line on stdout. Progress goes to stderr.
#
#   export MEDIASOUP_WORKER_BIN="$(bash media/scripts/build-worker.sh | tail -1)"
#
# Why our own build: mediasoup's install script downloads a prebuilt worker from GitHub or builds one
# from sources it fetches from the internet; neither is reachable from CI or hospital build hosts.
# The changes we need are media/worker-patches/*.patch, each with its reason in its header.
#
# Environment:
#   MEDIASOUP_WORKER_CACHE  cache root (default /var/cache/konsiili/mediasoup-worker); the binary is
#                           <root>/<version>-<hash12>/mediasoup-worker, hash = patches + this script
#   MEDIASOUP_WORKER_JOBS   parallel compile jobs (default: number of cores)
#
# Idempotent: a cached binary whose libraries resolve and which passes check-worker.mjs is reused in
# seconds. Installing packages needs root (CI and the Docker build run as root); without root the
# script says which packages are missing. Supported: Debian 12 (bookworm; meson comes from
# bookworm-backports) and later Debian releases.
set -euo pipefail

# Only the final path goes to the real stdout; everything else (apt, npm, meson) to stderr.
exec 3>&1 1>&2

log() { printf '[build-worker] %s\n' "$*" >&2; }
die() {
  log "ERROR: $*"
  exit 1
}

script_path="$(readlink -f "${BASH_SOURCE[0]}")"
media_dir="$(cd "$(dirname "$script_path")/.." && pwd)"
repo_dir="$(cd "$media_dir/.." && pwd)"
patch_dir="$media_dir/worker-patches"
check_script="$media_dir/scripts/check-worker.mjs"

# Shared libraries the worker links (see `ldd`); needed wherever the binary runs.
runtime_packages=(libssl3 libuv1 libabsl20220623 libflatbuffers2 liburing2 libsrtp2-1 libusrsctp2)
build_packages=(
  g++ pkg-config python3 ninja-build patch ca-certificates openssl
  libssl-dev libuv1-dev libabsl-dev libflatbuffers-dev flatbuffers-compiler
  liburing-dev libsrtp2-dev libusrsctp-dev
)

# --- what to build -------------------------------------------------------------------------------

version=""
if [[ -f "$repo_dir/node_modules/mediasoup/package.json" ]]; then
  version="$(node -p "require(process.argv[1]).version" "$repo_dir/node_modules/mediasoup/package.json")"
else
  version="$(node -p "(require(process.argv[1]).dependencies || {}).mediasoup || ''" "$media_dir/package.json")"
  version="${version#[~^=]}"
fi
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "cannot tell the mediasoup version (got '$version')"

shopt -s nullglob
patches=("$patch_dir"/*.patch)
shopt -u nullglob
((${#patches[@]} > 0)) || die "no patches in $patch_dir"

hash="$(cat "${patches[@]}" "$script_path" | sha256sum | cut -c1-12)"
cache_root="${MEDIASOUP_WORKER_CACHE:-/var/cache/konsiili/mediasoup-worker}"
cache_dir="$cache_root/$version-$hash"
worker_bin="$cache_dir/mediasoup-worker"

# --- helpers -------------------------------------------------------------------------------------

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
  done
}

apt_updated=0
apt_install() {
  [[ $# -gt 0 ]] || return 0
  if [[ $(id -u) -ne 0 ]]; then
    die "missing Debian packages (run as root, or: sudo apt-get install $*)"
  fi
  if ((apt_updated == 0)); then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if ((${#missing[@]} > 0)); then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

# A binary is usable when every shared library resolves and it passes the smoke check.
binary_works() {
  [[ -x "$1" ]] || return 1
  if ldd "$1" | grep -q 'not found'; then
    log "$1 has unresolved libraries:"
    ldd "$1" | grep 'not found' >&2
    return 1
  fi
  node "$check_script" "$1" >&2
}

# meson >= 1.1 is required by mediasoup; bookworm has 1.0.1 in main and 1.7 in bookworm-backports.
ensure_meson() {
  if command -v meson >/dev/null 2>&1 &&
    dpkg --compare-versions "$(meson --version)" ge 1.1; then
    return 0
  fi
  local codename
  # shellcheck disable=SC1091
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
  if [[ "$codename" != bookworm ]]; then
    apt_install meson
    return 0
  fi
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # Same mirror the machine already uses for bookworm, one more suite.
    local mirror
    mirror="$(
      {
        # deb822 stanzas: the URI of the one that carries the plain bookworm suite.
        awk 'BEGIN { RS = "" } /(^|\n)Suites:([^\n]* )?bookworm( |\n|$)/ {
          if (match($0, /URIs: *[^ \n]+/)) { split(substr($0, RSTART, RLENGTH), u, / +/); print u[2] }
        }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true
        # one-line format: deb [options] URI bookworm components
        awk '$1 == "deb" { for (i = 2; i < NF; i++) if ($i ~ /^[a-z]+:\/\// && $(i + 1) == "bookworm") print $i }' \
          /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true
      } | head -n1
    )"
    mirror="${mirror:-http://deb.debian.org/debian}"
    [[ $(id -u) -eq 0 ]] || die "meson >= 1.1 is needed: add bookworm-backports ($mirror) and install meson"
    log "adding bookworm-backports from $mirror"
    cat >/etc/apt/sources.list.d/konsiili-bookworm-backports.sources <<EOF
Types: deb
URIs: $mirror
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    apt_updated=0
  fi
  if ((apt_updated == 0)); then
    apt-get update -qq
    apt_updated=1
  fi
  log "installing meson from bookworm-backports"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -t bookworm-backports meson >/dev/null
}

# --- reuse ---------------------------------------------------------------------------------------

ensure_packages "${runtime_packages[@]}"

if [[ -x "$worker_bin" ]]; then
  if binary_works "$worker_bin"; then
    log "reusing $worker_bin"
    echo "$worker_bin" >&3
    exit 0
  fi
  log "cached binary does not work, rebuilding"
fi

# --- build ---------------------------------------------------------------------------------------

mkdir -p "$cache_root"
# Two builds of the same key (parallel CI jobs, several engineers) wait for each other.
exec 9>"$cache_root/.lock-$version-$hash"
flock 9
if [[ -x "$worker_bin" ]] && binary_works "$worker_bin"; then
  log "built meanwhile by another run: $worker_bin"
  echo "$worker_bin" >&3
  exit 0
fi

started=$(date +%s)
ensure_packages "${build_packages[@]}"
ensure_meson

work="$(mktemp -d "${TMPDIR:-/tmp}/mediasoup-worker-build.XXXXXX")"
# Kept when something fails, so the log and objects can be inspected (or the build resumed by hand).
trap 'if (($? == 0)); then rm -rf "$work"; else log "build directory kept: $work"; fi' EXIT

log "fetching mediasoup@$version from the npm registry"
(cd "$work" && npm pack --silent "mediasoup@$version" >/dev/null)
tar -xzf "$work/mediasoup-$version.tgz" -C "$work"
src="$work/package"

for p in "${patches[@]}"; do
  log "applying $(basename "$p")"
  patch -p1 --forward --batch --quiet -d "$src" <"$p" || die "$(basename "$p") does not apply to mediasoup $version"
done

# nodownload: any dependency still taken as a subproject fails here instead of reaching the internet.
log "meson setup"
meson setup --wrap-mode=nodownload --buildtype=release "$work/build" "$src/worker"

jobs="${MEDIASOUP_WORKER_JOBS:-$(nproc)}"
log "compiling with $jobs jobs (about 10 minutes on 2 cores)"
# The flatbuffers headers (FBS/) must exist before any source that includes them compiles.
nice -n 10 ninja -C "$work/build" -j "$jobs" fbs/FBS
nice -n 10 ninja -C "$work/build" -j "$jobs" mediasoup-worker

binary_works "$work/build/mediasoup-worker" || die "the freshly built worker fails its check"

mkdir -p "$cache_dir"
cp "$work/build/mediasoup-worker" "$cache_dir/.mediasoup-worker.tmp.$$"
chmod 0755 "$cache_dir/.mediasoup-worker.tmp.$$"
mv -f "$cache_dir/.mediasoup-worker.tmp.$$" "$worker_bin"
{
  echo "mediasoup $version"
  echo "patches+script sha256 prefix $hash"
  echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(. /etc/os-release && echo "$PRETTY_NAME")"
  for p in "${patches[@]}"; do basename "$p"; done
} >"$cache_dir/BUILD-INFO"

log "built $worker_bin in $(($(date +%s) - started)) s"
echo "$worker_bin" >&3
