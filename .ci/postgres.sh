#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests: `start` creates and starts it and prints
# the URL to export as PROSTOR_TEST_POSTGRES; `stop` stops and drops it. PostgreSQL refuses to run as
# root, so the cluster belongs to the postgres user (Debian's pg_createcluster sees to that).
# PROSTOR_PG_PORT and PROSTOR_PG_CLUSTER choose another port or name, to keep clear of a real cluster.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=${PROSTOR_PG_CLUSTER:-prostor-ci}
port=${PROSTOR_PG_PORT:-54329}

case "${1:-}" in
start)
    if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$cluster"; then
        pg_createcluster "$version" "$cluster" --port "$port" \
            -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
        cat >> "/etc/postgresql/$version/$cluster/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    fi
    # Only the URL goes to standard output: the caller captures it.
    pg_ctlcluster "$version" "$cluster" start >&2 || pg_ctlcluster "$version" "$cluster" status >/dev/null
    runuser -u postgres -- psql -p "$port" -qAt -v ON_ERROR_STOP=1 <<SQL >/dev/null
SELECT 'role exists' FROM pg_roles WHERE rolname = 'prostor';
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'prostor') THEN
        CREATE ROLE prostor LOGIN PASSWORD 'prostor-ci';
    END IF;
END \$\$;
SQL
    if ! runuser -u postgres -- psql -p "$port" -qAt -c "SELECT 1 FROM pg_database WHERE datname = 'prostor'" | grep -q 1; then
        runuser -u postgres -- createdb -p "$port" -O prostor -E UTF8 --locale=C.UTF-8 -T template0 prostor
    fi
    echo "postgres://prostor:prostor-ci@127.0.0.1:$port/prostor"
    ;;
stop)
    pg_dropcluster --stop "$version" "$cluster"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
