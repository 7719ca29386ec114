# Shared helpers of the benchmark scripts in bench/: tools, ports, the platform (unpack, start, stop),
# generated bundles, results. Sourced, never run. Every script calls bench_init first.
#
# Environment a script honours:
#   QUICK=1                 tiny counts and durations: checks that the script works, not how fast
#   BENCH_ARCHIVE           the distribution archive (default karaf-assembly/target/vbe-karaf-*.tar.gz)
#   BENCH_PLATFORM_DIR      an already running platform to use instead of starting one (run-all --quick)
#   BENCH_RESULTS           a file to append "key<TAB>value" result lines to (run-all collects them)
#   BENCH_CLASSES           bench/src compiled already (run-all compiles once for all scripts)
#   BENCH_KEEP_WORK=1       keep the scratch directory for a look afterwards
#   VBE_BENCH_DATABASE      derby (default) or postgresql: a script's own platform then runs on a private
#                           PostgreSQL server (pg_start), and its result keys get a "pg." prefix and its
#                           verdicts " (PostgreSQL)", so both legs fit in one results table

BENCH_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_HOME="$(dirname "${BENCH_LIB}")"
REPO_ROOT="$(dirname "${BENCH_HOME}")"
QUICK="${QUICK:-0}"
BENCH_DATABASE="${VBE_BENCH_DATABASE:-derby}"
case "${BENCH_DATABASE}" in derby | postgresql) ;; *) echo "VBE_BENCH_DATABASE: derby or postgresql, not ${BENCH_DATABASE}" >&2; exit 2 ;; esac
# The PostgreSQL leg of a script: its keys and verdicts marked (a script on PostgreSQL anyway sets both to "").
BENCH_KEY_PREFIX="" BENCH_VERDICT_SUFFIX="" PG_VERDICT_SUFFIX=" (PostgreSQL)"
[ "${BENCH_DATABASE}" = postgresql ] && BENCH_KEY_PREFIX="pg." BENCH_VERDICT_SUFFIX="${PG_VERDICT_SUFFIX}"

log() { printf '[%s %s] %s\n' "$(date +%H:%M:%S)" "${BENCH_NAME:-bench}" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------------
# Cleanup: every start registers its undo here; one EXIT trap runs them newest first, whatever happened.
_cleanups=()
on_exit() { _cleanups+=("$1"); }
_run_cleanups() {
    local rc=$? i
    trap - EXIT INT TERM ERR
    set +e
    for ((i = ${#_cleanups[@]} - 1; i >= 0; i--)); do eval "${_cleanups[i]}"; done
    if [ "${BENCH_KEEP_WORK:-0}" != 1 ] && [ -n "${WORK:-}" ] && [ -d "${WORK}" ]; then rm -rf "${WORK}"; fi
    exit "${rc}"
}

bench_init() {
    BENCH_NAME="$1"
    WORK="$(mktemp -d "/tmp/vbe-bench-${BENCH_NAME}.XXXXXX")"
    trap _run_cleanups EXIT
    # Say where a script failed (set -e alone exits without a word).
    set -o errtrace
    trap 'log "failed (exit $?) at ${BASH_SOURCE[0]##*/}:${LINENO}: ${BASH_COMMAND}"' ERR
    trap 'exit 130' INT TERM
    ensure_tools
}

# ---------------------------------------------------------------------------------------------------------
# Tools: a fresh machine has none of wrk, nginx, jq; install once (Debian packages, we are root in CI).
ensure_tools() {
    local missing=() tool
    for tool in wrk nginx curl jq flock python3 tar; do
        command -v "${tool}" >/dev/null 2>&1 || [ -x "/usr/sbin/${tool}" ] || missing+=("${tool}")
    done
    for tool in javac jcmd jfr; do command -v "${tool}" >/dev/null 2>&1 || missing+=("${tool}"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing tools for: ${missing[*]}"
    local sudo="" had_nginx_service=0
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    [ -s /run/nginx.pid ] && had_nginx_service=1
    ${sudo} apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive ${sudo} apt-get install -y -qq --no-install-recommends \
        wrk nginx curl jq util-linux python3 tar openjdk-17-jdk-headless >/dev/null
    # Where init scripts run, installing nginx starts the system's nginx on port 80: the benchmark runs
    # its own, so stop the one the install just started (only that one: its pid file appeared now).
    if [ "${had_nginx_service}" = 0 ] && [ -s /run/nginx.pid ]; then
        ${sudo} /usr/sbin/nginx -s quit 2>/dev/null || true
    fi
}
NGINX_BIN="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"

# ---------------------------------------------------------------------------------------------------------
# Ports: others use 8181/8101/8281/8201 and the tests pick random free (ephemeral) ports, so take ports
# from 18000-28999, below the ephemeral range, that nothing listens on and that this run has not handed out.
# Handed-out ports go to a file, not a variable: free_port runs in $(...) subshells.
free_port() {
    local port tries=0 given="${WORK}/.ports-given"
    touch "${given}"
    while :; do
        port=$((18000 + (RANDOM * 32768 + RANDOM) % 11000))
        tries=$((tries + 1))
        [ ${tries} -gt 500 ] && die "no free port found"
        case " 8181 8101 8281 8201 $(paste -sd' ' "${given}") " in *" ${port} "*) continue ;; esac
        if ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
            echo "${port}" >>"${given}"
            echo "${port}"
            return 0
        fi
    done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------------------------------------------------
# The distribution archive: copied into our scratch dir once (another build may rewrite target/ meanwhile);
# sets ARCHIVE. Waits a while if it is missing (a build may be replacing it right now).
ensure_archive() {
    if [ -n "${ARCHIVE:-}" ] && [ -f "${ARCHIVE}" ]; then return 0; fi
    local source i
    for i in $(seq 1 60); do
        source="${BENCH_ARCHIVE:-$(ls -t "${REPO_ROOT}"/karaf-assembly/target/vbe-karaf-*.tar.gz 2>/dev/null | head -n 1 || true)}"
        if [ -n "${source}" ] && [ -f "${source}" ] && cp -p "${source}" "${WORK}/vbe-karaf.tar.gz" 2>/dev/null \
            && tar -tzf "${WORK}/vbe-karaf.tar.gz" >/dev/null 2>&1; then
            ARCHIVE="${WORK}/vbe-karaf.tar.gz"
            return 0
        fi
        [ "${i}" -eq 1 ] && log "waiting for the distribution archive (karaf-assembly/target/vbe-karaf-*.tar.gz) ..."
        sleep 5
    done
    die "no distribution archive: build it first (./mvnw -DskipTests package)"
}

# set_karaf_ports DIR — free ports for a Karaf's SSH and JMX (RMI registry and server); prints nothing.
set_karaf_ports() {
    local dir="$1" ssh rmireg rmisrv
    ssh=$(free_port); rmireg=$(free_port); rmisrv=$(free_port)
    sed -i "s/^sshPort *=.*/sshPort = ${ssh}/" "${dir}/etc/org.apache.karaf.shell.cfg"
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = ${rmireg}/; s/^rmiServerPort *=.*/rmiServerPort = ${rmisrv}/" \
        "${dir}/etc/org.apache.karaf.management.cfg"
    echo "${ssh}" >"${dir}/.bench-ssh-port"
}

# Unpacks a fresh platform into $1 with free ports of its own; its HTTP port goes to $1/.bench-http-port.
platform_unpack() {
    local dir="$1" http
    ensure_archive
    rm -rf "${dir}" && mkdir -p "${dir}"
    tar -xzf "${ARCHIVE}" -C "${dir}" --strip-components=1
    http=$(free_port)
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = ${http}/" "${dir}/etc/org.ops4j.pax.web.cfg"
    set_karaf_ports "${dir}"
    # wrk is one client address standing in for many: the per-address request cap would measure itself.
    sed -i "s/^maxRequestsPerAddress *=.*/maxRequestsPerAddress = 0/" "${dir}/etc/se.stockholm.vbe.http.cfg"
    echo "${http}" >"${dir}/.bench-http-port"
}

http_port() { cat "$1/.bench-http-port"; }

karaf_pid() { pgrep -f "karaf.base=$1( |$)" | head -n 1 || true; }

healthy() { curl -s --max-time 2 "http://127.0.0.1:$1/api/health" 2>/dev/null | grep -q '^{"status":"UP"'; }

# Waits until the platform on port $1 is healthy; $2 seconds at most.
wait_healthy() {
    local port="$1" timeout="${2:-120}" start=${SECONDS}
    until healthy "${port}"; do
        [ $((SECONDS - start)) -ge "${timeout}" ] && return 1
        sleep 0.05
    done
}

# bin/start on $1 (absolute), registers its stop, waits for health.
platform_start() {
    local dir="$1"
    "${dir}/bin/start" >/dev/null
    on_exit "platform_stop '${dir}'"
    wait_healthy "$(http_port "${dir}")" 180 || { tail -n 40 "${dir}/data/log/karaf.log" >&2 || true; die "platform in ${dir} not healthy within 180 s"; }
}

# bin/stop, then wait until the JVM has let go of its lock; kill -9 (by pid) only if it does not go.
platform_stop() {
    local dir="$1" i pid
    [ -x "${dir}/bin/stop" ] || return 0
    if [ -z "$(karaf_pid "${dir}")" ]; then return 0; fi
    "${dir}/bin/stop" >/dev/null 2>&1 || true
    for i in $(seq 1 300); do
        flock -n "${dir}/data/vbe-instance.lock" true 2>/dev/null && [ -z "$(karaf_pid "${dir}")" ] && return 0
        sleep 0.1
    done
    pid=$(karaf_pid "${dir}")
    if [ -n "${pid}" ]; then log "platform in ${dir} did not stop within 30 s: kill -9 ${pid}"; kill -9 "${pid}" 2>/dev/null || true; fi
    for i in $(seq 1 100); do [ -z "$(karaf_pid "${dir}")" ] && return 0; sleep 0.1; done
}

# The platform a script works on: the shared one (run-all --quick) or a fresh one of its own.
# Sets PLATFORM (dir), PORT, API.
use_platform() {
    if [ -n "${BENCH_PLATFORM_DIR:-}" ] && [ "${BENCH_DATABASE}" = postgresql ]; then
        die "VBE_BENCH_DATABASE=postgresql needs a platform of its own (unset BENCH_PLATFORM_DIR)"
    fi
    if [ -n "${BENCH_PLATFORM_DIR:-}" ]; then
        PLATFORM="${BENCH_PLATFORM_DIR}"
        PORT="$(http_port "${PLATFORM}")"
        healthy "${PORT}" || wait_healthy "${PORT}" 120 || die "the shared platform in ${PLATFORM} is not healthy"
        SHARED_PLATFORM=1
    else
        PLATFORM="${WORK}/platform"
        platform_unpack "${PLATFORM}"
        if [ "${BENCH_DATABASE}" = postgresql ]; then
            pg_start
            platform_use_postgresql "${PLATFORM}" "$(pg_create_database vbe)"
        fi
        PORT="$(http_port "${PLATFORM}")"
        log "starting the platform in ${PLATFORM} on port ${PORT} (${BENCH_DATABASE})"
        platform_start "${PLATFORM}"
        SHARED_PLATFORM=0
    fi
    API="http://127.0.0.1:${PORT}/api"
    export PLATFORM PORT API
}

# ---------------------------------------------------------------------------------------------------------
# PostgreSQL: a private server from Debian's binaries (/usr/lib/postgresql/<newest>/bin, or $VBE_POSTGRES_BIN)
# on a free loopback port, its data and socket under $WORK, as the postgres user when we are root (the
# server refuses root). fsync stays on, as in production: Derby syncs its log at every commit too, and a
# write ratio between the two means nothing otherwise.
# Host logins need the password (SCRAM), as in production. Sets PG_PORT; stopped by the EXIT trap.
PG_USER=vbe PG_PASSWORD=vbe-bench
pg_start() {
    [ -n "${PG_PORT:-}" ] && return 0
    local bin="${VBE_POSTGRES_BIN:-}"
    if [ -z "${bin}" ]; then
        bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
        if [ -z "${bin}" ] || [ ! -x "${bin}/initdb" ]; then
            log "installing PostgreSQL (Debian's postgresql package)"
            local sudo=""
            [ "$(id -u)" -ne 0 ] && sudo="sudo"
            ${sudo} apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive ${sudo} apt-get install -y -qq postgresql >/dev/null
            bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
        fi
    fi
    PG_BIN="${bin}" PG_DIR="${WORK}/postgresql" PG_PORT=$(free_port)
    PG_AS=()
    [ "$(id -u)" -eq 0 ] && PG_AS=(runuser -u postgres --)
    mkdir -p "${PG_DIR}"
    printf '%s' postgres-bench >"${PG_DIR}/pw"
    if [ ${#PG_AS[@]} -gt 0 ]; then chmod a+rx "${WORK}" && chown -R postgres: "${PG_DIR}"; fi
    "${PG_AS[@]}" "${PG_BIN}/initdb" -D "${PG_DIR}/data" -U postgres --pwfile="${PG_DIR}/pw" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"${WORK}/pg-initdb.log" 2>&1 \
        || { cat "${WORK}/pg-initdb.log" >&2; die "initdb failed"; }
    on_exit "pg_stop"
    "${PG_AS[@]}" "${PG_BIN}/pg_ctl" -D "${PG_DIR}/data" -l "${PG_DIR}/server.log" -w -t 60 \
        -o "-p ${PG_PORT} -k ${PG_DIR} -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
        || { cat "${PG_DIR}/server.log" >&2; die "PostgreSQL did not start"; }
    pg_sql "CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}'"
    log "PostgreSQL $("${PG_BIN}/postgres" -V | awk '{print $3}') on port ${PG_PORT} (data in ${PG_DIR})"
}
pg_stop() {
    [ -n "${PG_DIR:-}" ] && [ -f "${PG_DIR}/data/postmaster.pid" ] \
        && "${PG_AS[@]}" "${PG_BIN}/pg_ctl" -D "${PG_DIR}/data" -m immediate -w stop >/dev/null 2>&1
    return 0
}
# pg_sql SQL — as the superuser, over the private socket.
pg_sql() { "${PG_AS[@]}" "${PG_BIN}/psql" -h "${PG_DIR}" -p "${PG_PORT}" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"; }
# pg_create_database NAME — a new database owned by the platform's user, as docs/operations.md creates it; prints its JDBC URL.
pg_create_database() {
    pg_sql "CREATE DATABASE $1 OWNER ${PG_USER} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" >&2
    echo "jdbc:postgresql://127.0.0.1:${PG_PORT}/$1"
}
# platform_use_postgresql DIR URL — the one documented edit of etc/org.ops4j.datasource-vbe.cfg.
platform_use_postgresql() {
    local cfg="$1/etc/org.ops4j.datasource-vbe.cfg"
    sed -i "s|^osgi.jdbc.driver.name *=.*|osgi.jdbc.driver.name = PostgreSQL JDBC Driver|; s|^url *=.*|url = $2\nuser = ${PG_USER}\npassword = ${PG_PASSWORD}|" "${cfg}"
    grep -q '^url = jdbc:postgresql:' "${cfg}" || die "could not switch ${cfg} to PostgreSQL"
}

# ---------------------------------------------------------------------------------------------------------
# Generated bundles: the classes in bench/src and the itests' TestCommittee (the same committee bundle the
# integration tests build) compiled once against the jars the distribution ships.
# BENCH_CLASSES: classes compiled already (run-all compiles once for all scripts).
bench_classes() {
    local out="${BENCH_CLASSES:-${WORK}/classes}" dist="${WORK}/compile-dist"
    [ -f "${out}/se/stockholm/vbe/itests/committee/TestCommittee.class" ] && [ -f "${out}/se/stockholm/vbe/bench/PingServlet.class" ] \
        && [ -f "${out}/se/stockholm/vbe/itests/committee/UploadedCommittee.class" ] \
        && [ -f "${out}/se/stockholm/vbe/itests/committee/CatalogueCommittee.class" ] \
        && { echo "${out}"; return 0; }
    ensure_archive
    mkdir -p "${dist}" "${out}"
    tar -xzf "${ARCHIVE}" -C "${dist}" --strip-components=1 --wildcards \
        '*/lib/boot/osgi.core-*.jar' '*/system/se/stockholm/vbe/vbe-api/*' '*/system/jakarta/servlet/jakarta.servlet-api/*'
    local cp
    cp="$(find "${dist}" -name 'osgi.core-*.jar' -o -name 'vbe-api-*.jar' -o -name 'jakarta.servlet-api-4*.jar' | paste -sd:)"
    javac -nowarn --release 17 -encoding UTF-8 -cp "${cp}" -d "${out}" \
        "${BENCH_HOME}"/src/se/stockholm/vbe/bench/*.java \
        "${REPO_ROOT}"/core/itests/src/test/java/se/stockholm/vbe/itests/committee/{TestCommittee,UploadedCommittee,CatalogueCommittee,TestCatalogue}.java >&2
    echo "${out}"
}

# Jars are zipped by bench/lib/vbe.py (committee-jars, ping-jar): the same layout the jar tool makes, but
# one process for a hundred bundles instead of a JVM start per jar.

# make_committee_jars OUTDIR VERSION ID... — committee bundles like the itests build them (TestBundles).
make_committee_jars() {
    local out="$1" version="$2"
    shift 2
    vbe committee-jars --classes "$(bench_classes)" --out "${out}" --version "${version}" "$@"
}

# make_committee_jar ID VERSION OUT.jar — one of them, at a path of your choice.
make_committee_jar() {
    local tmp
    tmp="$(mktemp -d "${WORK}/jar.XXXXXX")"
    make_committee_jars "${tmp}" "$2" "$1"
    mv "${tmp}/$1.jar" "$3"
    rmdir "${tmp}"
}

# make_ping_jar OUT.jar — the trivial servlet at /bench/ping on the platform's own pax-web (the ceiling).
make_ping_jar() { vbe ping-jar --classes "$(bench_classes)" --out "$1"; }

# deploy_committees DIR PREFIX N — generates N committee bundles PREFIX-c001.. into a staging dir, then
# moves them into DIR/deploy in one go (a half-written jar must never be picked up). Prints the ids.
deploy_committees() {
    local dir="$1" prefix="$2" n="$3" i id stage
    local ids=()
    stage="$(mktemp -d "${WORK}/stage.XXXXXX")"
    for i in $(seq 1 "${n}"); do ids+=("$(printf '%s-c%03d' "${prefix}" "${i}")"); done
    make_committee_jars "${stage}" 1.0.0 "${ids[@]}"
    printf '%s\n' "${ids[@]}"
    mv "${stage}"/*.jar "${dir}/deploy/"
    rmdir "${stage}"
}

# ---------------------------------------------------------------------------------------------------------
# Results: "key<TAB>value" lines that run-all turns into docs/benchmarks.md; also printed.
result() {
    local key="${BENCH_KEY_PREFIX}$1"
    printf '%-34s %s\n' "${key}" "$2"
    if [ -n "${BENCH_RESULTS:-}" ]; then printf '%s\t%s\n' "${key}" "$2" >>"${BENCH_RESULTS}"; fi
}

# Python helpers (data loading, checks, statistics) live in bench/lib/vbe.py.
vbe() { python3 "${BENCH_LIB}/vbe.py" "$@"; }


# run_wrk NAME URL [wrk options...] — runs wrk with the JSON report (bench/lib/wrk-read.lua unless a -s is
# given), keeps wrk's own output in $WORK/NAME.txt and the JSON in $WORK/NAME.json; prints the JSON.
run_wrk() {
    local name="$1" url="$2"
    shift 2
    local script=("-s" "${BENCH_LIB}/wrk-read.lua") arg
    for arg in "$@"; do [ "${arg}" = "-s" ] && script=(); done
    rm -f "${WORK}/${name}.json"
    BENCH_LIB="${BENCH_LIB}" WRK_REPORT="${WORK}/${name}.json" \
        wrk --latency "${script[@]}" "$@" "${url}" >"${WORK}/${name}.txt" 2>&1 \
        || { cat "${WORK}/${name}.txt" >&2; die "wrk ${name} failed"; }
    [ -s "${WORK}/${name}.json" ] || { cat "${WORK}/${name}.txt" >&2; die "wrk ${name} wrote no report"; }
    cat "${WORK}/${name}.json"
}

# jget JSON FIELD — one field of a JSON object (numbers as they are).
jget() { jq -r ".$2" <<<"$1"; }

# wrk_agg NAME — the runs NAME-<round>.json of run_wrk as one (bench/lib/vbe.py agg: medians, summed counts).
wrk_agg() { vbe agg "${WORK}"/"$1"-[0-9]*.json; }

# result_wrk KEY JSON — the result lines KEY.rps, .p50_ms, .p99_ms, .errors of a wrk report.
result_wrk() {
    local rps p50 p99 errors
    read -r rps p50 p99 errors < <(jq -r '[.rps, .p50_ms, .p99_ms, .errors] | @tsv' <<<"$2")
    result "$1.rps" "$(fmt "${rps}" 0)"
    result "$1.p50_ms" "$(fmt "${p50}" 2)"
    result "$1.p99_ms" "$(fmt "${p99}" 2)"
    result "$1.errors" "${errors}"
}

# calc EXPR — floating point arithmetic (python, so no bc needed); fmt N DIGITS.
calc() { python3 -c "import math; print($*)"; }
# fmt takes an expression too ("$1 / 1000"); a plain number goes through printf, as a python start per figure
# makes a hundred figures take most of a minute on a busy machine.
fmt() {
    if [[ "$1" =~ ^[-+]?[0-9]*\.?[0-9]+([eE][-+]?[0-9]+)?$ ]]; then
        LC_ALL=C printf "%.${2:-1}f\n" "$1"
    else
        python3 -c "print(f'{float($1):.${2:-1}f}')"
    fi
}

# verdict NAME FIGURE TARGET OK — one row of the results table; OK is 1 (PASS), 0 (MISS: measured, short of the
# target), fail (FAIL: the platform did not do what the figure needs, e.g. no gzip body) or na.
verdict() {
    local state=MISS
    set -- "$1${BENCH_VERDICT_SUFFIX}" "$2" "$3" "$4"
    [ "$4" = 1 ] && state=PASS
    [ "$4" = fail ] && state=FAIL
    [ "$4" = na ] && state=n/a
    printf '%-34s %-50s target %-40s %s\n' "$1" "$2" "$3" "${state}"
    if [ -n "${BENCH_RESULTS:-}" ]; then printf 'verdict\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${state}" >>"${BENCH_RESULTS}"; fi
}

# database_ratio_verdicts — PostgreSQL against Derby where $BENCH_RESULTS has both legs of a script
# (run-all's NAME@postgresql): the follow-up writes at 16 connections and the consolidated read.
database_ratio_verdicts() {
    [ -n "${BENCH_RESULTS:-}" ] && [ -f "${BENCH_RESULTS}" ] || return 0
    local fig key what derby pg lost
    fig() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "${BENCH_RESULTS}"; }
    for key in writes.rps read.platform.rps read304.platform.rps; do
        derby=$(fig "${key}") pg=$(fig "pg.${key}")
        [ -n "${derby}" ] && [ -n "${pg}" ] || continue
        printf 'ratio.pg_derby.%s\t%s\n' "${key}" "$(fmt "$(calc "${pg} / ${derby}")" 3)" >>"${BENCH_RESULTS}"
        case "${key}" in
            writes.rps)
                what="Follow-up writes, 16 connections: PostgreSQL / Derby"
                lost=$(( $(fig writes.lost) + $(fig pg.writes.lost) ))
                printf 'verdict\t%s\t%s\t%s\t%s\n' "${what}" \
                    "${pg} / ${derby} req/s = $(fmt "$(calc "${pg} / ${derby}")" 2)x (p99 $(fig pg.writes.p99_ms) vs $(fig writes.p99_ms) ms); lost $(fig pg.writes.lost) and $(fig writes.lost) of $(fig pg.writes.acknowledged) and $(fig writes.acknowledged) acknowledged" \
                    "both 0 lost; ratio reported" "$([ "${lost}" = 0 ] && echo PASS || echo MISS)" >>"${BENCH_RESULTS}" ;;
            read.platform.rps) what="Consolidated read: PostgreSQL / Derby" ;;
            read304.platform.rps) what="If-None-Match -> 304: PostgreSQL / Derby" ;;
        esac
        [ "${key}" = writes.rps ] && continue
        printf 'verdict\t%s\t%s\t%s\t%s\n' "${what}" \
            "${pg} / ${derby} req/s = $(fmt "$(calc "${pg} / ${derby}")" 2)x" "ratio reported" "n/a" >>"${BENCH_RESULTS}"
    done
}

# wait_online API PREFIX N TIMEOUT — until N committees whose id starts with PREFIX are online.
wait_online() {
    local api="$1" prefix="$2" n="$3" timeout="${4:-60}" start=${SECONDS} got
    while :; do
        got=$(vbe online --api "${api}" --prefix "${prefix}" | cut -d' ' -f1)
        [ "${got}" -ge "${n}" ] && return 0
        [ $((SECONDS - start)) -ge "${timeout}" ] && { log "only ${got}/${n} ${prefix}* committees online after ${timeout} s"; return 1; }
        sleep 0.2
    done
}

# ensure_ping — the trivial servlet bundle in the platform's deploy/, answering at /bench/ping. Checked by its
# body: the web application answers 200 with its index.html on any path it does not know, /bench/ping too.
PING_BODY='{"ping":"pong"}'
ping_up() { [ "$(curl -s "http://127.0.0.1:${PORT}/bench/ping")" = "${PING_BODY}" ]; }
ensure_ping() {
    ping_up && return 0
    make_ping_jar "${WORK}/bench-ping.jar"
    mv "${WORK}/bench-ping.jar" "${PLATFORM}/deploy/bench-ping.jar"
    local i
    for i in $(seq 1 300); do
        ping_up && return 0
        sleep 0.1
    done
    die "the trivial servlet /bench/ping did not come up"
}

# read_bench_settings — what the read benchmarks share: the size of the large view (issue 16: 30 committees x
# 40 activities with T1 and T2 follow-ups, ~1.15 MB; 3 x 5 in quick mode), wrk's threads (one per core: wrk
# shares the 2 cores with the server it measures, nginx alike) and connections as W, the warm-up slice.
read_bench_settings() {
    if [ "${QUICK}" = 1 ]; then
        COMMITTEES=3 ACTIVITIES=5 PERIODS=T1 WARMUP_SLICE=1
    else
        COMMITTEES=30 ACTIVITIES=40 PERIODS=T1,T2 WARMUP_SLICE=5
    fi
    CONNECTIONS=64 THREADS=2
    W=(-t "${THREADS}" -c "${CONNECTIONS}")
}

# load_year PREFIX YEAR COMMITTEES ACTIVITIES PERIODS — generated committee bundles PREFIX-c001.. in the
# platform's deploy/, online, each with an approved plan of YEAR of ACTIVITIES activities followed up in
# PERIODS (e.g. T1,T2): the data of the consolidated-read benchmarks. Prints the committee ids.
load_year() {
    local prefix="$1" year="$2" committees="$3" activities="$4" periods="$5" ids
    log "deploying ${committees} committee bundles, loading ${committees} x ${activities} activities for ${year}"
    mapfile -t ids < <(deploy_committees "${PLATFORM}" "${prefix}" "${committees}")
    wait_online "${API}" "${prefix}-" "${committees}" 120 || die "committees did not come online"
    vbe load --api "${API}" --year "${year}" --activities "${activities}" --periods "${periods}" "${ids[@]}"
    printf '%s\n' "${ids[@]}"
}

# wait_view YEAR N TIMEOUT — until the anonymous consolidated view of YEAR has at least N plans (the seed plans
# are imported after /api/health says UP).
wait_view() {
    local start=${SECONDS} n
    while :; do
        n=$(curl -s "${API}/plans/$1" | jq '.plans | length' 2>/dev/null || true)
        [ "${n:-0}" -ge "$2" ] && return 0
        [ $((SECONDS - start)) -ge "$3" ] && die "the view of $1 has fewer than $2 plans after $3 s"
        sleep 0.5
    done
}

# add_editors DIR ID... — a user editor-<id> (password "editor": the demo editors' hash, which carries its own
# salt, so it is valid for any user name) for each committee, in DIR/etc/users.properties; the realm picks the
# change up at once.
add_editors() {
    local dir="$1" hash id
    shift
    hash=$(sed -n 's/^editor-alvsjo = \([^,]*\),.*/\1/p' "${dir}/etc/users.properties")
    [ -n "${hash}" ] || die "no demo editor in ${dir}/etc/users.properties to copy the password hash from"
    for id in "$@"; do
        grep -q "^editor-${id} = " "${dir}/etc/users.properties" || echo "editor-${id} = ${hash},editor.${id}" >>"${dir}/etc/users.properties"
    done
}

# basic_auth USER PASSWORD — the value of an HTTP Basic Authorization header.
basic_auth() { printf 'Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }

# sign_in USER PASSWORD — a web session as the web application starts one (POST /api/session); prints the
# value for a Cookie header (VBE_SESSION=...).
sign_in() {
    local headers="${WORK}/sign-in-$1.headers" cookie
    curl -sf -o /dev/null -D "${headers}" -H 'Content-Type: application/json' \
        -d "$(jq -cn --arg u "$1" --arg p "$2" '{user: $u, password: $p}')" "${API}/session" \
        || die "POST ${API}/session as $1 failed"
    cookie=$(header_value "${headers}" Set-Cookie | cut -d';' -f1)
    [[ "${cookie}" == VBE_SESSION=?* ]] || die "POST ${API}/session as $1 set no VBE_SESSION cookie"
    echo "${cookie}"
}

# fetch_response NAME URL [curl args] — one GET as it comes off the wire (no decoding): the headers into
# $WORK/NAME.headers, the body into $WORK/NAME.body; fails unless the status is 2xx.
fetch_response() {
    local name="$1" url="$2"
    shift 2
    curl -sf -D "${WORK}/${name}.headers" -o "${WORK}/${name}.body" "$@" "${url}" || die "GET ${url} ($*) failed"
}

# header_value FILE NAME — a header of a response saved with curl -D, its occurrences joined with ", " (as
# HTTP reads a repeated header), without the CR; empty if there is none.
header_value() {
    awk -v name="$2" 'BEGIN { name = tolower(name) }
        { sub(/\r$/, "") }
        tolower(substr($0, 1, index($0, ":") - 1)) == name {
            v = substr($0, index($0, ":") + 1); sub(/^ +/, "", v)
            out = out == "" ? v : out ", " v
        }
        END { print out }' "$1"
}

# start_nginx ROOT [NAME [DIRECTIVES]] — nginx on a free loopback port serving ROOT as static files, in
# the foreground (daemon off) in the background, 2 workers (the machine's cores), no logging; sets
# NGINX_PORT. DIRECTIVES: how it sends a file (default "sendfile on; tcp_nopush on;").
start_nginx() {
    local root="$1" prefix="${WORK}/nginx-${2:-default}" send="${3:-sendfile on; tcp_nopush on;}"
    # nginx's workers drop to an unprivileged user when started as root: they must be able to read ROOT.
    chmod a+rx "${WORK}" && chmod -R a+rX "${root}"
    NGINX_PORT=$(free_port)
    mkdir -p "${prefix}/logs" "${prefix}/tmp"
    cat >"${prefix}/nginx.conf" <<CONF
worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    ${send}
    keepalive_timeout 65;
    keepalive_requests 1000000;   # like Jetty: no forced reconnects during a run
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:${NGINX_PORT};
        root ${root};
    }
}
CONF
    "${NGINX_BIN}" -p "${prefix}" -c "${prefix}/nginx.conf" -g 'daemon off;' 2>>"${prefix}/logs/error.log" &
    NGINX_PID=$!
    on_exit "kill ${NGINX_PID} 2>/dev/null; wait ${NGINX_PID} 2>/dev/null"
    local i
    for i in $(seq 1 100); do port_open "${NGINX_PORT}" && return 0; sleep 0.05; done
    cat "${prefix}/logs/error.log" >&2
    die "nginx did not start"
}

# nginx_pair ROOT FILE [DIRECTIVES] — nginx serving ROOT in two configurations, each checked to serve FILE's
# bytes as they are: sendfile (nginx's usual way) and copying through 1 MB output buffers (for a ~1 MB body on
# loopback here about twice as fast); DIRECTIVES (e.g. gzip_static) go into both. Sets NGINX_URLS[sendfile|
# buffers] (see nginx_serve); FILE's headers from nginx in $WORK/nginx-headers.
# nginx_pick_faster then makes the faster one the baseline: a weak baseline would flatter the platform.
nginx_pair() {
    local root="$1" file="$2" extra="${3:-}" variant directives
    declare -gA NGINX_PORTS=()
    for variant in sendfile buffers; do
        case "${variant}" in
            sendfile) directives="sendfile on; tcp_nopush on;" ;;
            buffers) directives="sendfile off; output_buffers 2 1m;" ;;
        esac
        start_nginx "${root}" "${variant}" "${directives} ${extra}"
        NGINX_PORTS[${variant}]=${NGINX_PORT}
    done
    NGINX_ROOT="${root}"
    nginx_serve "${file}"
}

# nginx_serve FILE — NGINX_URLS[sendfile|buffers] point at FILE (under nginx_pair's ROOT), each checked to serve
# FILE's bytes as they are; FILE's headers from nginx in $WORK/nginx-headers.
nginx_serve() {
    local variant
    declare -gA NGINX_URLS=()
    for variant in sendfile buffers; do
        NGINX_URLS[${variant}]="http://127.0.0.1:${NGINX_PORTS[${variant}]}/$1"
        curl -sf -D "${WORK}/nginx-headers" -o "${WORK}/nginx-body" "${NGINX_URLS[${variant}]}"
        cmp -s "${WORK}/nginx-body" "${NGINX_ROOT}/$1" || die "nginx (${variant}) does not serve the identical bytes of $1"
    done
}

# nginx_pick_faster SLICE_S [wrk options...] — both configurations of nginx_pair on NGINX_URLS, twice each
# (once in quick mode), alternating; the faster one (best of its slices) is the baseline: sets NGINX_VARIANT
# and NGINX_URL.
nginx_pick_faster() {
    local slice="$1" best=0 round variant rps
    shift
    for round in $(seq 1 "$((QUICK == 1 ? 1 : 2))"); do
        for variant in sendfile buffers; do
            rps=$(jget "$(run_wrk "warm-nginx-${variant}-${round}" "${NGINX_URLS[${variant}]}" "$@" -d "${slice}s")" rps)
            log "warm-up nginx (${variant}, ${NGINX_URLS[${variant}]##*/}): $(fmt "${rps}" 0) req/s"
            if [ "$(calc "int(${rps} > ${best})")" = 1 ]; then best=${rps}; NGINX_VARIANT=${variant}; fi
        done
    done
    NGINX_URL="${NGINX_URLS[${NGINX_VARIANT}]}"
    log "nginx baseline for ${NGINX_URL##*/}: the ${NGINX_VARIANT} configuration"
}

# warm_up NAME URL MAX_S SLICE_S [wrk options...] — wrk slices of SLICE_S seconds, not reported, until two
# in a row agree within 5% (the JIT needs long on 2 busy cores: a 200 path kept getting faster for ~40 s),
# MAX_S seconds at most.
warm_up() {
    local name="$1" url="$2" max="$3" slice="$4" prev=0 rps spent=0 slices=()
    shift 4
    [ "${max}" -gt 0 ] || return 0
    while [ "${spent}" -lt "${max}" ]; do
        rps=$(jget "$(run_wrk "warm-${name}-${spent}" "${url}" "$@" -d "${slice}s")" rps)
        slices+=("$(fmt "${rps}" 0)")
        spent=$((spent + slice))
        [ "$(calc "int(abs(${rps} - ${prev}) <= 0.05 * ${rps})")" = 1 ] && break
        prev=${rps}
    done
    log "warm-up ${name}: ${slices[*]} req/s"
}

# heap_figures PID — "used committed" heap in MB from jcmd GC.heap_info, summed over the heap's lines
# (G1: one "garbage-first heap" line; Serial/Parallel: one line per generation), Metaspace excluded.
heap_figures() {
    jcmd "$1" GC.heap_info | awk '
        /Metaspace/ { exit }
        / total [0-9]+[KM], used [0-9]+[KM]/ {
            for (i = 1; i <= NF; i++) {
                v = $(i + 1); sub(/,$/, "", v)
                mb = (v ~ /K$/) ? v / 1024 : v + 0
                if ($i == "total") total += mb
                if ($i == "used") used += mb
            }
        }
        END { if (total == 0) exit 1; printf "%.1f %.1f\n", used, total }'
}

# heap_after_gc PID — heap used (MB) right after a full GC (jcmd GC.run, then GC.heap_info).
heap_after_gc() {
    jcmd "$1" GC.run >/dev/null
    sleep 0.5
    local figures
    figures=$(heap_figures "$1") || die "cannot read the heap from jcmd GC.heap_info"
    echo "${figures%% *}"
}

# rss_mb PID — resident set size in MB (VmRSS from /proc).
rss_mb() { awk '/^VmRSS:/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"; }

# cpu_seconds PID — CPU time the process has used so far (user + system, from /proc/PID/stat).
cpu_seconds() {
    local ticks
    ticks=$(getconf CLK_TCK)
    sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="${ticks}" '{ printf "%.3f\n", ($12 + $13) / hz }'
}

# jfr_hot_frames FILE.jfr — the top frames of the Java samples and of the native ones (where JFR saw the
# threads in native code: socket writes, polls), and the top 3-frame stacks of the Java samples.
jfr_hot_frames() ( # a subshell: head closing its pipe early must not fail the caller under pipefail
    set +e +o pipefail
    trap - ERR
    local file="$1"
    echo "== top frames, Java execution samples"
    jfr print --events jdk.ExecutionSample "${file}" | grep -A1 'stackTrace = \[' | grep -v -e stackTrace -e '^--' \
        | sed 's/line:.*//; s/^ *//' | sort | uniq -c | sort -rn | head -n 25
    echo "== top 3-frame stacks, Java execution samples"
    jfr print --events jdk.ExecutionSample "${file}" | grep -A3 'stackTrace = \[' | grep -v -e stackTrace -e '^--' \
        | sed 's/line:.*//; s/^ *//' | paste -d'<' - - - | sort | uniq -c | sort -rn | head -n 15
    echo "== top frames, native method samples"
    jfr print --events jdk.NativeMethodSample "${file}" | grep -A2 'stackTrace = \[' | grep -v -e stackTrace -e '^--' \
        | sed 's/line:.*//; s/^ *//' | paste -d'<' - - | sort | uniq -c | sort -rn | head -n 10
    echo "== GC"
    jfr summary "${file}" | grep -E 'jdk.ExecutionSample|jdk.NativeMethodSample|GarbageCollection |jdk.JavaMonitorEnter|jdk.ThreadPark'
    return 0
)
