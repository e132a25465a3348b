#!/usr/bin/env bash
# Change-to-reload latency of `folio serve` on a copy of the sample site, and of `hugo server` on
# an equivalent small Hugo site (a data file, a few pages, minimal inline layouts).
#
# For each server: start it on 127.0.0.1, connect to its live-reload channel (folio: the
# server-sent events at /__folio/events; Hugo: the livereload websocket at /livereload), then
# edit content/profile.yml (Hugo: data/profile.yaml) and a story's Markdown in turn, EDITS times
# each, every edit a real change, and time each save until the reload message arrives.
# Prints p50 and p95 for both and their ratio.
#
# Usage: bench/serve-latency.sh            (EDITS=50 WARMUP=10 by default)
#        EDITS=20 bench/serve-latency.sh
# Needs a JDK 17+, Maven (to build target/folio.jar when missing or stale) and, for the
# comparison, Debian's hugo package (installed with apt-get when missing and run as root).
# Set MVN_ARGS=-o to build offline, FOLIO_JAR to use another jar, SKIP_HUGO=1 to skip Hugo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
EDITS="${EDITS:-50}"
WARMUP="${WARMUP:-10}"
STORY="serving-path-migration"

work="$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# --- folio ------------------------------------------------------------------------------------
jar="${FOLIO_JAR:-$repo/target/folio.jar}"
if [[ -z "${FOLIO_JAR:-}" ]]; then
    if [[ ! -f "$jar" ]] || [[ -n "$(find "$repo/src/main" "$repo/themes" "$repo/pom.xml" -newer "$jar" -print -quit)" ]]; then
        echo "Building target/folio.jar ..."
        (cd "$repo" && mvn -B -q ${MVN_ARGS:-} -DskipTests package)
    fi
fi

site="$work/folio-site"
mkdir -p "$site"
cp -R "$repo/content" "$repo/templates" "$repo/themes" "$site/"

java -jar "$jar" serve --source "$site" --port 0 >"$work/folio.log" 2>&1 &
pids+=($!)
folio_url=""
for _ in $(seq 1 300); do
    folio_url="$(sed -n 's/^Serving \(http:[^ ]*\) .*/\1/p' "$work/folio.log")"
    [[ -n "$folio_url" ]] && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$work/folio.log"; exit 1; }
    sleep 0.1
done
[[ -n "$folio_url" ]] || { echo "folio serve did not start:"; cat "$work/folio.log"; exit 1; }
echo "folio serve at $folio_url ($(head -1 "$work/folio.log"))"

java "$here/LatencyProbe.java" folio "$folio_url" "$site" "$EDITS" "$WARMUP" \
    "content/profile.yml:index.html" "content/stories/$STORY.md:stories/$STORY.html" | tee "$work/folio.txt"
# the server's own "Rebuilt in N ms" lines of the measured edits: what is left is the debounce
# (DevServer.QUIET, 20 ms) and the delivery
sed -n 's/^Rebuilt in \([0-9]*\) ms.*/\1/p' "$work/folio.log" | tail -n "$((2 * EDITS))" | sort -n | awk '
    { v[NR] = $1 } END { if (NR) printf "folio  rebuild alone (server log)                   n=%d  p50 %4d ms    p95 %4d ms\n",
        NR, v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)] }'

# --- hugo -------------------------------------------------------------------------------------
if [[ -n "${SKIP_HUGO:-}" ]]; then
    exit 0
fi
if ! command -v hugo >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing hugo (apt-get install -y hugo) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo >/dev/null
    else
        echo "hugo is not installed (apt-get install hugo); skipping the comparison"
        exit 0
    fi
fi

hsite="$work/hugo-site"
mkdir -p "$hsite/data" "$hsite/content/stories" "$hsite/layouts/_default" "$hsite/static"
cp "$site/content/profile.yml" "$hsite/data/profile.yaml"
cp "$site/themes/default/assets/style.css" "$hsite/static/style.css"
cat >"$hsite/config.toml" <<'TOML'
baseURL = "http://127.0.0.1/"
title = "Portfolio"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
TOML
printf -- '---\ntitle: "Home"\n---\n' >"$hsite/content/_index.md"
printf -- '---\ntitle: "Stories"\n---\n' >"$hsite/content/stories/_index.md"
for md in "$site"/content/stories/*.md; do
    id="$(basename "$md" .md)"
    { printf -- '---\ntitle: "%s"\n---\n\n' "$id"; cat "$md"; } >"$hsite/content/stories/$id.md"
done
cat >"$hsite/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Data.profile.basics.name }}</title>
<link rel="stylesheet" href="/style.css"></head>
<body>
<header><a href="/">{{ .Site.Data.profile.basics.name }}</a> · <a href="/stories/">Stories</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
HTML
cat >"$hsite/layouts/index.html" <<'HTML'
{{ define "main" }}
{{ with .Site.Data.profile.basics }}<p class="eyebrow">{{ .label }}</p><h1>{{ .name }}</h1><p>{{ .headline }}</p><p>{{ .summary }}</p>{{ end }}
<section><h2>Highlights</h2><ul>{{ range .Site.Data.profile.metrics }}<li>{{ .label }}: {{ .value }}{{ .before }} {{ .after }} {{ .unit }}</li>{{ end }}</ul></section>
<section><h2>Stories</h2><ul>{{ range .Site.Data.profile.stories }}<li><a href="/stories/{{ .id }}/">{{ .title }}</a>: {{ .summary }}</li>{{ end }}</ul></section>
<section><h2>Experience</h2>{{ range .Site.Data.profile.work }}<h3>{{ .position }}, {{ .name }}</h3><ul>{{ range .highlights }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}</section>
{{ end }}
HTML
cat >"$hsite/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
HTML
cat >"$hsite/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
HTML

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo 1314
}
hport="$(free_port)"
hugo server --source "$hsite" --bind 127.0.0.1 --port "$hport" --baseURL "http://127.0.0.1:$hport/" \
    --appendPort=false >"$work/hugo.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$hport/" 2>/dev/null; then break; fi
    kill -0 "${pids[1]}" 2>/dev/null || { cat "$work/hugo.log"; exit 1; }
    sleep 0.1
done
echo "hugo server at http://127.0.0.1:$hport/ ($(hugo version | cut -d' ' -f1-2))"

java "$here/LatencyProbe.java" hugo "http://127.0.0.1:$hport/" "$hsite" "$EDITS" "$WARMUP" \
    "data/profile.yaml:" "content/stories/$STORY.md:stories/$STORY/" | tee "$work/hugo.txt"

# --- both -------------------------------------------------------------------------------------
read -r _ _ fn fp50 fp95 < <(grep '^RESULT' "$work/folio.txt")
read -r _ _ hn hp50 hp95 < <(grep '^RESULT' "$work/hugo.txt")
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) on $(nproc 2>/dev/null || echo '?') CPUs"
echo "change → reload, $fn edits each (ms)     p50      p95"
printf 'folio serve                          %7.1f  %7.1f\n' "$fp50" "$fp95"
printf 'hugo server                          %7.1f  %7.1f\n' "$hp50" "$hp95"
awk -v f50="$fp50" -v h50="$hp50" -v f95="$fp95" -v h95="$hp95" \
    'BEGIN { printf "hugo / folio                         %6.1fx  %6.1fx\n", h50 / f50, h95 / f95 }'
