#!/usr/bin/env bash
# Times `folio check` on generated sites, and Debian's linkchecker beside it on the same tree.
#
#   bench/linkcheck.sh                         # folio on 10,000 pages; both tools on 1,000 pages
#   PAGES=2000 LINKCHECKER_PAGES=500 bench/linkcheck.sh
#   SKIP_LINKCHECKER=1 bench/linkcheck.sh
#   LINKCHECKER_PAGES=10000 LINKCHECKER_LIMIT=3600 bench/linkcheck.sh   # linkchecker on the big tree too
#
# 1. generates a site of PAGES pages (bench/GenSite.java: pages with navigation, #fragment links,
#    images and stylesheets, all valid) and times `folio check` on it (bin/folio, median of 3 runs,
#    JVM start included);
# 2. generates a site of LINKCHECKER_PAGES pages and times both `folio check` and linkchecker on it
#    (file:// URLs, 10 threads, its AnchorCheck plugin on, so it checks #fragments too), then prints
#    the ratio. linkchecker takes about two minutes for 1,000 pages on 2 cores and over an hour for
#    10,000, so by default it gets the smaller tree; it is stopped after LINKCHECKER_LIMIT seconds
#    (default 900), and the ratio is then a lower bound.
#
# Sites are generated under a tmpfs (/dev/shm) when there is one, else in target/bench (WORK=DIR
# picks another folder). Needs a JDK 17+ and Maven; linkchecker is installed with apt-get when
# missing (as root, or with sudo).
# Both tools should report no errors. folio also checks each page's title, lang, description and alt texts.
set -euo pipefail

cd "$(dirname "$0")/.."
PAGES=${PAGES:-10000}
LC_PAGES=${LINKCHECKER_PAGES:-1000}
# a tmpfs when there is one (as bench/run.sh), so that disk speed does not count; removed at the end
# unless KEEP=1
if [ -z "${WORK:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  WORK=$(mktemp -d /dev/shm/folio-linkcheck.XXXXXX)
  [ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
fi
WORK=${WORK:-target/bench}
BASE=https://bench.example.com/

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if [ ! -f target/folio.jar ]; then
  echo "building target/folio.jar ..."
  mvn -q -DskipTests package
fi
# the launcher's class-data archive is made by a build; make it now, untimed
bin/folio build --out "$WORK/sample" >/dev/null

generate() { # generate PAGES DIR
  rm -rf "$2"
  mkdir -p "$(dirname "$2")"
  java bench/GenSite.java "$2" "$1"
  echo "$2: $(find "$2" -name '*.html' | wc -l) HTML files, $(du -sh "$2" | cut -f1)"
}

# folio_check DIR: the median of 3 runs, in seconds; exits when a run finds a problem
folio_check() {
  local times=() start status
  for _ in 1 2 3; do
    start=$(now)
    set +e
    bin/folio check "$1" --base-url "$BASE" >"$WORK/folio-check.txt" 2>&1
    status=$?
    set -e
    times+=("$(seconds "$start" "$(now)")")
    if [ "$status" -ne 0 ]; then
      cat "$WORK/folio-check.txt" >&2
      echo "folio check found problems in $1 (exit $status)" >&2
      exit 1
    fi
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

echo "== folio check, $PAGES pages"
generate "$PAGES" "$WORK/site-$PAGES"
big=$(folio_check "$WORK/site-$PAGES")
tail -1 "$WORK/folio-check.txt"
echo "folio check: $big s (median of 3)"

if [ -n "${SKIP_LINKCHECKER:-}" ]; then
  exit 0
fi

if ! command -v linkchecker >/dev/null 2>&1; then
  echo "installing linkchecker ..."
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y linkchecker >/dev/null
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y linkchecker >/dev/null
  fi
fi

echo
echo "== folio check and linkchecker $(linkchecker --version 2>/dev/null | head -1 | awk '{print $2}'), $LC_PAGES pages"
site="$WORK/site-$LC_PAGES"
[ -d "$site" ] || generate "$LC_PAGES" "$site"
small=$(folio_check "$site")
echo "folio check: $small s (median of 3)"

config="$WORK/linkcheckerrc"
printf '[checking]\nthreads=10\n\n[AnchorCheck]\n' > "$config"
# linkchecker drops root privileges to "nobody": keep the tree and its config readable
chmod -R a+rX "$WORK"
abs=$(cd "$site" && pwd)
LIMIT="${LINKCHECKER_LIMIT:-900}"
start=$(now)
set +e
timeout "$LIMIT" linkchecker -f "$config" --no-status "file://$abs/index.html" > "$WORK/linkchecker.txt" 2>&1
lc_status=$?
set -e
lc_time=$(seconds "$start" "$(now)")
grep -E "^That's it" "$WORK/linkchecker.txt" | tail -1 || true
echo "linkchecker: $lc_time s (exit $lc_status)"

echo
if [ "$lc_status" -eq 124 ]; then
  awk -v f="$small" -v l="$LIMIT" -v n="$LC_PAGES" 'BEGIN {
    printf "%d pages: folio check %.2f s; linkchecker did not finish in %d s: more than %.0fx as long\n", n, f, l, l / f }'
else
  awk -v f="$small" -v l="$lc_time" -v n="$LC_PAGES" 'BEGIN {
    printf "%d pages: folio check %.2f s, linkchecker %.2f s: linkchecker takes %.0fx as long\n", n, f, l, l / f }'
fi
echo "$PAGES pages: folio check $big s"
