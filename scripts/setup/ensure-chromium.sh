# shellcheck shell=bash
# Chromium for the browser tests (MSW's setupWorker in a real headless browser). Found through
# CHROMIUM_PATH, then the system's; as root on Debian, the `chromium` package is installed when none is
# there. A browser build of a test tool's own is never downloaded.
ensure_chromium() {
  local c
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
    log "chromium: ${CHROMIUM_PATH}"
    return 0
  fi
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then
      export CHROMIUM_PATH="$(command -v "$c")"
      log "chromium: ${CHROMIUM_PATH}"
      return 0
    fi
  done
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian's chromium package (needed by the browser tests)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >&2
    export CHROMIUM_PATH="$(command -v chromium)"
    log "chromium: ${CHROMIUM_PATH}"
    return 0
  fi
  log "no Chromium found: set CHROMIUM_PATH or install your distribution's chromium; the browser tests will fail"
}
ensure_chromium
