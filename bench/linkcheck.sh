#!/usr/bin/env bash
# Times `folio check` on a generated 10,000-page site, then Debian's linkchecker on the same tree
# (served on 127.0.0.1 by bench/serve.py, a python3 http.server), and prints both times and their ratio.
#
#   bench/linkcheck.sh                 # 10,000 pages
#   PAGES=2000 bench/linkcheck.sh      # a smaller site
#   SKIP_LINKCHECKER=1 bench/linkcheck.sh
#
# Needs a JDK 17+ and Maven; linkchecker is installed with apt-get when missing (as root, or with sudo).
# The site's links all resolve, so both tools should report no errors. folio also checks #fragments and
# each page's title, lang, description and alt texts; linkchecker runs with its AnchorCheck plugin on.
set -euo pipefail

cd "$(dirname "$0")/.."
PAGES=${PAGES:-10000}
WORK=${WORK:-target/bench}
SITE="$WORK/site"

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

if [ ! -f target/folio.jar ]; then
  echo "building target/folio.jar ..."
  mvn -q -DskipTests package
fi

echo "generating $PAGES pages in $SITE ..."
rm -rf "$SITE"
mkdir -p "$WORK"
java bench/GenSite.java "$SITE" "$PAGES"
echo "$(find "$SITE" -name '*.html' | wc -l) HTML files, $(du -sh "$SITE" | cut -f1)"

echo
echo "== folio check"
start=$(now)
set +e
java -jar target/folio.jar check "$SITE" --base-url https://bench.example.com/
folio_status=$?
set -e
folio_time=$(seconds "$start" "$(now)")
echo "folio check: ${folio_time} s (exit $folio_status)"

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

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 bench/serve.py "$port" "$SITE" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null && break
  sleep 0.1
done

config="$WORK/linkcheckerrc"
# no artificial rate limit on the local server (see bench/serve.py), 10 threads, #fragments checked too
printf '[checking]\nthreads=10\nmaxrequestspersecond=1000\n\n[AnchorCheck]\n' > "$config"
# linkchecker drops root privileges to "nobody": keep the tree and its config readable
chmod -R a+rX "$WORK"

echo
echo "== linkchecker $(linkchecker --version 2>/dev/null | head -1 | awk '{print $2}')"
start=$(now)
set +e
# linkchecker can take hours on 10,000 pages: stop it after LINKCHECKER_LIMIT seconds (default 900)
LIMIT="${LINKCHECKER_LIMIT:-900}"
timeout "$LIMIT" linkchecker -f "$config" --no-status "http://127.0.0.1:$port/index.html" > "$WORK/linkchecker.txt" 2>&1
lc_status=$?
set -e
lc_time=$(seconds "$start" "$(now)")
grep -E "^That's it|links in" "$WORK/linkchecker.txt" | tail -1 || true
echo "linkchecker: ${lc_time} s (exit $lc_status; full output in $WORK/linkchecker.txt)"

echo
if [ "$lc_status" -eq 124 ]; then
  awk -v f="$folio_time" -v l="$LIMIT" -v n="$PAGES" 'BEGIN {
    printf "%d pages: folio check %.2f s, linkchecker did not finish in %d s; it takes more than %.1fx as long\n", n, f, l, l / f }'
else
  awk -v f="$folio_time" -v l="$lc_time" -v n="$PAGES" 'BEGIN {
    printf "%d pages: folio check %.2f s, linkchecker %.2f s; linkchecker takes %.1fx as long\n", n, f, l, l / f }'
fi
