# shellcheck shell=bash
# Functions that install the project's declared toolchain into .tools/ when the machine lacks it.
# Everything comes from the package registries (npm, the Go module proxy, Debian, PyPI).

TOOLS="${ROOT}/.tools"
export npm_config_loglevel=error npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

log() { printf '\033[36m[setup]\033[0m %s\n' "$*" >&2; }

# Node: the major version in .nvmrc, or newer. An older machine Node gets the LTS from the npm
# registry's `node` package, installed into .tools/node.
ensure_node() {
  local want have
  want="$(tr -dc '0-9' < "$ROOT/.nvmrc")"
  if [ -x "$TOOLS/node/node_modules/.bin/node" ]; then
    export PATH="$TOOLS/node/node_modules/.bin:$PATH"
  fi
  have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$have" -lt "$want" ]; then
    log "Node $(node --version 2>/dev/null || echo none) is older than $want (.nvmrc): installing node@$want from the npm registry"
    mkdir -p "$TOOLS/node"
    npm install --prefix "$TOOLS/node" --no-save --no-package-lock "node@$want" >&2
    export PATH="$TOOLS/node/node_modules/.bin:$PATH"
    hash -r
  fi
  log "node $(node --version)"
}

# pnpm: exactly the version in package.json's packageManager, from the npm registry.
ensure_pnpm() {
  local want
  want="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
  if [ -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ]; then
    export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
  fi
  if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
    log "installing pnpm@$want (packageManager) from the npm registry"
    mkdir -p "$TOOLS/pnpm"
    npm install --prefix "$TOOLS/pnpm" --no-save --no-package-lock "pnpm@$want" >&2
    export PATH="$TOOLS/pnpm/node_modules/.bin:$PATH"
    hash -r
  fi
  export COREPACK_ENABLE_STRICT=0
  log "pnpm $(pnpm --version)"
}

install_workspace() {
  if [ "${CI:-}" = "true" ]; then
    pnpm install --frozen-lockfile --reporter=append-only >&2
  else
    pnpm install --prefer-offline --reporter=append-only >&2
  fi
}

# Tools that only the test suite needs: k6, Chromium, Schemathesis. Each script prints what it
# exports, so the tests find the tool without guessing.
ensure_test_tools() {
  local s
  for s in "$ROOT"/scripts/setup/ensure-*.sh; do
    [ -f "$s" ] || continue
    # shellcheck source=/dev/null
    source "$s"
  done
}
