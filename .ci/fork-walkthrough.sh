#!/usr/bin/env bash
# Plays a new user's fork of the starter, in a scratch clone: rename the person, delete a story,
# add a story as one Markdown file, override a partial, add a small theme of its own with a custom
# stylesheet; then the README's two commands and the GitHub Pages workflow's build command, and
# checks that the result shows every change and passes the link check.
# Usage: .ci/fork-walkthrough.sh [--no-tests]   (--no-tests skips the README's test command)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run_tests=1
[ "${1:-}" = "--no-tests" ] && run_tests=0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/fork"
cd "$work/fork"
fail() { echo "fork walk-through: $*" >&2; exit 1; }

echo "-- rename the person"
awk 'BEGIN { inb = 0; done = 0 }
     /^basics:/ { inb = 1; print; next }
     /^[^ #]/ { inb = 0 }
     inb && !done && /^  name:/ { print "  name: \"Jordan Quinn\""; done = 1; next }
     { print }' content/profile.yml > content/profile.yml.new
mv content/profile.yml.new content/profile.yml
grep -q '^  name: "Jordan Quinn"' content/profile.yml || fail "could not rename the person"

echo "-- delete a story (the last one in profile.yml, and its file)"
gone="$(awk '/^stories:/ { s = 1; next } /^[^ #]/ { s = 0 } s && /^  - id:/ { id = $3 } END { gsub(/"/, "", id); print id }' content/profile.yml)"
[ -n "$gone" ] || fail "the starter has no story to delete"
awk -v id="$gone" '/^stories:/ { s = 1; print; next }
     /^[^ #]/ { s = 0; skip = 0 }
     s && /^  - id:/ { v = $3; gsub(/"/, "", v); skip = (v == id) }
     !skip { print }' content/profile.yml > content/profile.yml.new
mv content/profile.yml.new content/profile.yml
rm -f "content/stories/$gone.md"
! grep -q "\"$gone\"" content/profile.yml || fail "story $gone is still in profile.yml"

echo "-- add a story as one Markdown file"
cat > content/stories/fork-walkthrough.md <<'EOF'
---
title: "Moving the queue off the database"
category: Backend
summary: "A job queue in its own service, so the database serves reads again."
---
## What changed

The queue moved to its own service; the database went back to serving reads.
EOF

echo "-- override a partial"
mkdir -p templates/partials
sed '0,/<article/s//<article data-fork="override"/' themes/default/templates/partials/metric.jte \
  > templates/partials/metric.jte
grep -q 'data-fork="override"' templates/partials/metric.jte || fail "the partial has no <article> to mark"

echo "-- a small theme of its own, with a custom stylesheet over the default one"
mkdir -p themes/fork/assets
cat > themes/fork/theme.yml <<'EOF'
name: fork
description: The default look with a custom stylesheet on top.
EOF
printf '/* fork */\n.metric { border-width: 3px; }\n' > themes/fork/assets/custom.css
sed -i 's/^theme: .*/theme: fork/' content/site.yml
grep -q '^theme: fork' content/site.yml || echo 'theme: fork' >> content/site.yml

check_site() {
  local site="$1"
  grep -q 'Jordan Quinn' "$site/index.html" || fail "$site: the new name is not on the home page"
  grep -q 'data-fork="override"' "$site/index.html" || fail "$site: the override does not show"
  [ -f "$site/stories/fork-walkthrough.html" ] || fail "$site: the new story has no page"
  grep -q 'stories/fork-walkthrough.html' "$site/index.html" || fail "$site: the home page does not link the new story"
  [ ! -e "$site/stories/$gone.html" ] || fail "$site: the deleted story still has a page"
  grep -Eq 'href="[^"]*assets/custom[.a-z0-9]*\.css"' "$site/index.html" || fail "$site: custom.css is not linked"
  java -jar "$jar" check "$site" >/dev/null || fail "$site: the link check fails"
}

if [ "$run_tests" = 1 ]; then
  echo "-- README test command: mvn package"
  mvn -B -q package
else
  mvn -B -q -DskipTests package
fi

echo "-- README build command: mvn generate"
mvn -B -q generate
jar="$work/fork/target/folio.jar"
check_site target/site

echo "-- the GitHub Pages workflow's build command"
command="$(sed -n '/Build the site and check every link/,/upload-pages-artifact/p' "$root/.github/workflows/pages.yml" \
  | sed -n 's/^ *\(mvn -B generate\)$/\1/p; s/^ *\("-Dfolio.args=.*"\)$/\1/p' | tr '\n' ' ')"
case "$command" in
  "mvn -B generate \"-Dfolio.args=build --source . --out target/site --base-url "*) ;;
  *) fail "the Pages workflow's build command changed; update this walk-through: $command" ;;
esac
mvn -B -q generate "-Dfolio.args=build --source . --out target/pages --base-url https://jordan.example.github.io/portfolio/"
check_site target/pages
grep -q 'https://jordan.example.github.io/portfolio/' target/pages/sitemap.xml || fail "the Pages build has the wrong address"

echo "fork walk-through: passed"
