#!/usr/bin/env bash
# Builds VBE-plattformen if needed and starts it in the foreground: the web application on http://localhost:8181/
# and the REST API on http://localhost:8181/api,
# with the sample committees on the embedded Derby. The installation lives in ./runtime; its
# database (runtime/data/vbe) is kept when a rebuilt distribution replaces the rest.
set -euo pipefail
cd "$(dirname "$0")"

distribution=$(ls -t karaf-assembly/target/vbe-karaf-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "${distribution}" ] || [ -n "$(find core bundles features karaf-assembly/src pom.xml -newer "${distribution}" -type f -not -path '*/target/*' -print -quit)" ]; then
    echo "Building the distribution (tests skipped; ./mvnw verify runs them) ..."
    ./mvnw -B -q -DskipTests package
    distribution=$(ls -t karaf-assembly/target/vbe-karaf-*.tar.gz | head -n 1)
fi

if [ ! -f runtime/.installed ] || [ "${distribution}" -nt runtime/.installed ]; then
    if [ -d runtime/bin ] && runtime/bin/status >/dev/null 2>&1; then
        echo "A platform is still running from ./runtime: stop it first (runtime/bin/stop)." >&2
        exit 1
    fi
    echo "Installing ${distribution} into ./runtime ..."
    kept=$(mktemp -d)
    [ -d runtime/data/vbe ] && mv runtime/data/vbe "${kept}/vbe"
    rm -rf runtime && mkdir -p runtime
    tar -xzf "${distribution}" -C runtime --strip-components=1
    if [ -d "${kept}/vbe" ]; then mkdir -p runtime/data && mv "${kept}/vbe" runtime/data/vbe; fi
    rmdir "${kept}" 2>/dev/null || true
    touch runtime/.installed
fi

port=$(sed -n 's/^org.osgi.service.http.port *= *//p' runtime/etc/org.ops4j.pax.web.cfg)
ssh_port=$(sed -n 's/^sshPort *= *//p' runtime/etc/org.apache.karaf.shell.cfg)
(
    for _ in $(seq 1 120); do
        if curl -sf "http://localhost:${port}/api/health" >/dev/null 2>&1; then
            printf '\nVBE-plattformen is up: http://localhost:%s/ (the web application), http://localhost:%s/api (the REST API; health: /api/health; log: runtime/data/log/karaf.log)\n' "${port}" "${port}"
            printf 'Karaf shell: ssh -p %s karaf@localhost (or this console); the password is in runtime/etc/admin-password\n' "${ssh_port}"
            exit 0
        fi
        sleep 0.5
    done
    printf '\nVBE-plattformen did not report healthy within a minute: see http://localhost:%s/api/health and runtime/data/log/karaf.log\n' "${port}"
) &

echo "Starting VBE-plattformen on http://localhost:${port}/ (stop with Ctrl-D or 'shutdown' in the console)"
if [ -t 0 ]; then
    exec runtime/bin/karaf
else
    exec runtime/bin/karaf server
fi
