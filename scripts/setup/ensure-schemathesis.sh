# shellcheck shell=bash
# Schemathesis: the contract fuzzer of simulations/reliability, from PyPI into a project-local virtual
# environment (.tools/.venv, made with the machine's python3 -m venv) at the versions pinned in
# scripts/setup/schemathesis/requirements.txt. Installed once; a later run only checks the stamp (the
# requirements file's checksum) and exports SCHEMATHESIS_BIN.
ensure_schemathesis() {
  local venv requirements stamp want
  venv="$TOOLS/.venv"
  requirements="$ROOT/scripts/setup/schemathesis/requirements.txt"
  stamp="$venv/.requirements.sha256"
  want="$(sha256sum "$requirements" | cut -d' ' -f1)"
  if [ -x "$venv/bin/st" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    :
  else
    command -v python3 >/dev/null 2>&1 || { log "Schemathesis needs python3 (not found)"; return 1; }
    log "installing Schemathesis into $venv (pinned in scripts/setup/schemathesis/requirements.txt)"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-virtualenv \
      -r "$requirements" >&2
    printf '%s\n' "$want" > "$stamp"
  fi
  export SCHEMATHESIS_BIN="$venv/bin/st"
  log "$("$SCHEMATHESIS_BIN" --version)"
}
ensure_schemathesis
