# shellcheck shell=bash
# The previous Node LTS (22), from the npm registry's `node` package, for the SDK's compatibility
# test: the SDK promises the current LTS and the one before. Installed once into .tools/node-22.
ensure_node_previous() {
  local dir="$TOOLS/node-22"
  if [ ! -x "$dir/node_modules/.bin/node" ]; then
    log "installing node@22 (the previous LTS, for the SDK's compatibility test) from the npm registry"
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-save --no-package-lock "node@22" >&2
  fi
  export ICONTACT_NODE_PREVIOUS="$dir/node_modules/.bin/node"
  log "previous LTS: node $("$ICONTACT_NODE_PREVIOUS" --version)"
}
ensure_node_previous
