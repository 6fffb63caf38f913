# shellcheck shell=bash
# k6: the real binary, built from the Go module proxy at the version pinned in scripts/setup/k6/go.mod
# (k6 v2 is a Go module; there is no prebuilt download here). Built once into the user cache and reused.
ensure_k6() {
  local version cache
  version="$(awk '$1 == "go.k6.io/k6/v2" || ($1 == "require" && $2 == "go.k6.io/k6/v2") { print $NF }' "$ROOT/scripts/setup/k6/go.mod" | head -n1)"
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/icontact-toolkit/k6/${version}"
  if [ -n "${K6_BIN:-}" ] && [ -x "${K6_BIN}" ]; then
    :
  elif [ -x "$cache/k6" ]; then
    export K6_BIN="$cache/k6"
  else
    command -v go >/dev/null 2>&1 || { log "k6 needs Go to build (go not found)"; return 1; }
    log "building k6 ${version} from the Go module proxy (once; cached in $cache)"
    mkdir -p "$cache"
    (cd "$ROOT/scripts/setup/k6" && GOFLAGS=-mod=readonly GOPROXY="${GOPROXY:-https://proxy.golang.org}" \
      go build -trimpath -o "$cache/k6.tmp" go.k6.io/k6/v2 >&2 && mv "$cache/k6.tmp" "$cache/k6")
    export K6_BIN="$cache/k6"
  fi
  log "$("$K6_BIN" version | head -n1)"
}
ensure_k6
