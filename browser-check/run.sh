#!/usr/bin/env bash
# Browser check: builds the sample site with every theme (or the themes named as arguments) and
# checks each in headless Chromium: Lighthouse, axe-core and full-page screenshots (check.mjs).
#
#   bash browser-check/run.sh [THEME...]
#
# Installs what it needs on a fresh Debian machine: Debian's chromium and fonts-dejavu-core (as
# root), and the npm packages pinned in browser-check/package-lock.json (npm ci). Needs Node.js 20+,
# a JDK and Maven. Output goes to target/browser-check/THEME/.
# Exit 0 all checks passed, 1 a score or an axe result is below the bar, 2 a tooling problem.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"
OUT=target/browser-check
CHROMIUM=/usr/bin/chromium
T0=$SECONDS

tooling() {
  echo "browser-check: TOOLING PROBLEM: $*"
  exit 2
}

# Runs a step with a time limit, its output kept in a log that is shown only when it fails.
quietly() { # LOG SECONDS COMMAND...
  local log="$1" limit="$2"; shift 2
  timeout -k 10 "$limit" "$@" >"$log" 2>&1 && return 0
  local rc=$?
  tail -n 30 "$log" | sed 's/^/    /'
  [[ $rc -eq 124 || $rc -eq 137 ]] && echo "    (stopped after $limit s)"
  return 1
}

mkdir -p "$OUT"

# 1. Chromium and a font, from Debian's packages.
if [[ ! -x $CHROMIUM ]] || ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then
  [[ $(id -u) -eq 0 ]] || tooling "Chromium or fonts-dejavu-core is missing; install them as root: apt-get install chromium fonts-dejavu-core"
  echo "== browser-check: installing chromium and fonts-dejavu-core"
  quietly "$OUT/apt.log" 300 apt-get update -q || tooling "apt-get update failed"
  quietly "$OUT/apt.log" 900 env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core \
    || tooling "apt-get install chromium fonts-dejavu-core failed"
fi
[[ -x $CHROMIUM ]] || tooling "no browser at $CHROMIUM after installing chromium"

# 2. Lighthouse, axe-core and playwright-core, exactly as locked.
command -v node >/dev/null && command -v npm >/dev/null || tooling "needs Node.js 20 or newer with npm"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
(( NODE_MAJOR >= 20 )) || tooling "needs Node.js 20 or newer; this is $(node --version)"
LOCK_SUM=$(sha256sum "$HERE/package-lock.json" | cut -d' ' -f1)
STAMP="$HERE/node_modules/.installed-lock-sha256"
if [[ ! -f $STAMP || $(cat "$STAMP") != "$LOCK_SUM" ]]; then
  echo "== browser-check: npm ci"
  quietly "$OUT/npm.log" 600 npm ci --prefix "$HERE" --ignore-scripts --no-audit --no-fund || tooling "npm ci failed"
  echo "$LOCK_SUM" > "$STAMP"
fi

# 3. The jar, and the sample site built with every theme.
if (( $# > 0 )); then
  THEMES=("$@")
else
  THEMES=()
  for dir in themes/*/; do
    [[ -f "$dir/theme.yml" ]] && THEMES+=("$(basename "$dir")")
  done
fi
(( ${#THEMES[@]} > 0 )) || tooling "no theme found (a theme is a folder under themes/ holding theme.yml)"
echo "== browser-check: building folio and the sample site with ${#THEMES[@]} theme(s): ${THEMES[*]}"
quietly "$OUT/mvn.log" 900 mvn -B -q -DskipTests package || tooling "mvn package failed (log: $OUT/mvn.log)"
for theme in "${THEMES[@]}"; do
  rm -rf "${OUT:?}/$theme"
  mkdir -p "$OUT/$theme"
  quietly "$OUT/$theme/build.log" 180 java -jar target/folio.jar build --theme "$theme" --out "$OUT/$theme/site" \
    || tooling "folio build --theme $theme failed (log: $OUT/$theme/build.log)"
done
echo "== browser-check: ready after $((SECONDS - T0)) s; checking in $("$CHROMIUM" --version 2>/dev/null | head -n 1)"

# 4. Lighthouse, axe and screenshots. check.mjs limits each step; this limit is a last resort.
LIMIT=$((60 + 900 * ${#THEMES[@]}))
timeout -k 10 "$LIMIT" node "$HERE/check.mjs" "$OUT" "${THEMES[@]}"
rc=$?
case $rc in
  0 | 1 | 2) exit $rc ;;
  124 | 137) tooling "the check did not finish within $LIMIT s" ;;
  *) tooling "check.mjs ended with exit code $rc" ;;
esac
