#!/usr/bin/env bash
# Build speed of folio against Hugo, at every size, measured in one run on one output medium.
#
#   bench/run.sh                 everything (about 10 minutes on 2 cores)
#   SIZES="100 1000" bench/run.sh
#
# 1. builds target/folio.jar (mvn -B -q -DskipTests package);
# 2. generates synthetic sites with bench/GenSites.java: SIZES story pages (each story about 500
#    words of Markdown linking to other stories), the same text in folio's layout and in Hugo's,
#    and 200 copies of the sample site with other names and numbers;
# 3. times cold builds (a new process each time) with hyperfine, folio and Hugo side by side:
#    the sample site (java -jar, the bin/folio launcher, mvn generate), each size, the 200 sites
#    with `build --sites`; peak memory (RSS, /usr/bin/time -v) and `folio check` per size;
# 4. writes bench/results.md (tables, verdicts against the targets) and bench/results.csv.
#
# Needs a JDK 17+ and Maven; installs Debian's hugo, hyperfine and time with apt-get when missing
# (as root). Everything is written under a tmpfs (/dev/shm) when there is one, else a temporary
# folder, and removed at the end. MVN_ARGS=-o builds offline; KEEP=1 keeps the work folder.
# The launcher's class-data archive is made by one untimed build first (bin/folio does that on
# its first run anyway); every timed run is a new JVM.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
SIZES="${SIZES:-100 1000 4000 10000}"
PORTFOLIOS="${PORTFOLIOS:-200}"

say() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "Installing ${missing[*]} (apt-get install -y ${missing[*]}) ..."
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
    else
        say "error: ${missing[*]} missing; install with: apt-get install ${missing[*]} (as root)"
        exit 2
    fi
fi

say "Building target/folio.jar ..."
(cd "$repo" && mvn -B -q ${MVN_ARGS:-} -DskipTests package)
jar="$repo/target/folio.jar"
folio="$repo/bin/folio"

# --- where -----------------------------------------------------------------------------------------
if [[ -d /dev/shm && -w /dev/shm ]]; then
    work="$(mktemp -d /dev/shm/folio-bench.XXXXXX)"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")"
fi
cleanup() { [[ -n "${KEEP:-}" ]] || rm -rf "$work"; }
trap cleanup EXIT
fstype="$(stat -f -c %T "$work" 2>/dev/null || echo unknown)"
medium="$fstype ($(dirname "$work"))"
export FOLIO_CACHE="$work/cds"
say "Working in $work ($medium)"

csv="$work/results.csv"
echo "case,tool,runs,median_s,mean_s,min_s,max_s,user_s,system_s,pages,peak_rss_mb" >"$csv"

load() { cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average[s]*: //'; }

# hyperfine → rows of the CSV: time CASE PAGES RUNS PREPARE NAME CMD [NAME CMD ...]
time_cmds() {
    local case="$1" pages="$2" runs="$3" prepare="$4"
    shift 4
    local names=() cmds=()
    while (($#)); do
        names+=(-n "$1")
        cmds+=("$2")
        shift 2
    done
    local out="$work/hf-$case.csv"
    local warmup=1
    ((runs <= 2)) && warmup=0
    hyperfine --style basic --warmup "$warmup" --runs "$runs" ${prepare:+--prepare "$prepare"} \
        --export-csv "$out" "${names[@]}" "${cmds[@]}" >&2
    # command,mean,stddev,median,user,system,min,max
    tail -n +2 "$out" | while IFS=, read -r name mean _ median user system min max; do
        printf '%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,\n' "$case" "$name" "$runs" "$median" "$mean" "$min" "$max" \
            "$user" "$system" "$pages" >>"$csv"
    done
}

# peak RSS in MB of one run: rss CASE TOOL PAGES CMD...
rss() {
    local case="$1" tool="$2" pages="$3"
    shift 3
    local kb
    kb="$( (/usr/bin/time -v "$@" >/dev/null) 2>&1 | sed -n 's/.*Maximum resident set size (kbytes): //p')"
    printf '%s,%s,1,,,,,,,%s,%s\n' "$case" "$tool" "$pages" "$((kb / 1024))" >>"$csv"
}

# --- sites -------------------------------------------------------------------------------------------
say "Generating sites ($SIZES stories; $PORTFOLIOS portfolios) ..."
for n in $SIZES; do
    java "$here/GenSites.java" stories "$n" "$work/s$n"
done
java "$here/GenSites.java" portfolios "$PORTFOLIOS" "$repo" "$work/portfolios"

loads=("before: $(load)")
# the launcher's class-data archive, made once (not timed)
"$folio" build --source "$repo" --out "$work/out-prime" >/dev/null

# --- the sample site -----------------------------------------------------------------------------------
say "Sample site ..."
time_cmds sample 5 10 "rm -rf $work/out-sample" \
    "java -jar" "java -jar $jar build --source $repo --out $work/out-sample" \
    "bin/folio" "$folio build --source $repo --out $work/out-sample"
# Maven's own floor (a project that does nothing) beside `mvn generate` with nothing changed
(cd "$repo" && mvn -B -q ${MVN_ARGS:-} generate -Dfolio.args="build --source $repo --out $work/out-mvn" >/dev/null)
time_cmds sample-mvn 5 5 "" \
    "mvn validate" "cd $repo && mvn -B -q ${MVN_ARGS:-} validate" \
    "mvn generate" "cd $repo && mvn -B -q ${MVN_ARGS:-} generate -Dfolio.args='build --source $repo --out $work/out-mvn'"
rm -rf "$work/out-sample"
rss sample folio 5 "$folio" build --source "$repo" --out "$work/out-sample"
loads+=("after the sample: $(load)")

# --- sizes ---------------------------------------------------------------------------------------------
for n in $SIZES; do
    say "$n stories ..."
    runs=10
    ((n >= 1000)) && runs=5
    ((n >= 4000)) && runs=3
    ((n >= 10000)) && runs=2
    time_cmds "s$n" "$((n + 2))" "$runs" "rm -rf $work/out-f$n $work/out-h$n" \
        "folio" "$folio build --source $work/s$n/folio --out $work/out-f$n" \
        "hugo" "hugo --quiet --source $work/s$n/hugo --destination $work/out-h$n"
    rm -rf "$work/out-f$n" "$work/out-h$n"
    rss "s$n" folio "$((n + 2))" "$folio" build --source "$work/s$n/folio" --out "$work/out-f$n"
    rss "s$n" hugo "$((n + 2))" hugo --quiet --source "$work/s$n/hugo" --destination "$work/out-h$n"
    time_cmds "check$n" "$((n + 2))" "$runs" "" \
        "java -jar check" "java -jar $jar check $work/out-f$n" \
        "bin/folio check" "$folio check $work/out-f$n"
    loads+=("after $n: $(load)")
done

# --- many sites -------------------------------------------------------------------------------------------
say "$PORTFOLIOS portfolios ..."
time_cmds "sites$PORTFOLIOS" "$((PORTFOLIOS * 5))" 3 "rm -rf $work/out-sites" \
    "folio --sites" "$folio build --sites $work/portfolios --out $work/out-sites"
few=$((PORTFOLIOS < 20 ? PORTFOLIOS : 20))
first="$(find "$work/portfolios" -mindepth 1 -maxdepth 1 -type d | sort | head -"$few" | tr '\n' ' ')"
one_by_one="for s in $first; do $folio build --source \$s --out $work/out-one/\$(basename \$s) >/dev/null || exit 1; done"
time_cmds "one-by-one$few" "$((few * 5))" 2 "rm -rf $work/out-one" "folio one process per site" "$one_by_one"
rm -rf "$work/out-sites"
rss "sites$PORTFOLIOS" folio "$((PORTFOLIOS * 5))" "$folio" build --sites "$work/portfolios" --out "$work/out-sites"
loads+=("at the end: $(load)")

# --- report --------------------------------------------------------------------------------------------------
cp "$csv" "$here/results.csv"
java "$here/Report.java" "$here/results.csv" "$here/results.md" \
    "date=$(date -u +%Y-%m-%d)" \
    "machine=$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -m | awk '/^Mem:/ {print $2}') MB memory" \
    "medium=$medium" \
    "load=${loads[*]}" \
    "java=$(java -version 2>&1 | head -1)" \
    "hugo=$(hugo version | cut -d ' ' -f 1-2)" \
    "hyperfine=$(hyperfine --version)" \
    "sizes=$SIZES" \
    "portfolios=$PORTFOLIOS" \
    "few=$few"
say "Wrote bench/results.md and bench/results.csv:"
sed '/<!-- notes -->/q' "$here/results.md" | grep -v '<!-- notes -->'

