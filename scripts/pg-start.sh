#!/bin/sh
# pg-start.sh starts a throwaway PostgreSQL cluster on the loopback interface
# for kg's conformance tests and benchmarks, and prints its DSN on stdout:
#
#	export KG_TEST_POSTGRES=$(scripts/pg-start.sh)
#	go test ./graph/
#	scripts/pg-start.sh stop
#
# It needs Debian's PostgreSQL (apt-get install -y postgresql; version 15 on
# bookworm). Environment:
#	PGPORT  port to listen on (default 5433)
#	PGDIR   cluster directory (default /tmp/kg-pg); reused if it exists
#	PGFSYNC fsync and synchronous_commit: off (default, for tests) or on
#	PGBIN   server binaries (default /usr/lib/postgresql/<newest>/bin)
# The role "kg" (password "kg") owns database "kg" and may create databases,
# so that each test run can create and drop its own.
# Progress goes to stderr; only the DSN goes to stdout.
set -eu

PGPORT=${PGPORT:-5433}
PGFSYNC=${PGFSYNC:-off}
PGDIR=${PGDIR:-/tmp/kg-pg}
if [ -z "${PGBIN:-}" ]; then
	PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [ ! -x "$PGBIN/initdb" ]; then
	echo "pg-start: no PostgreSQL server found (apt-get install -y postgresql)" >&2
	exit 1
fi

# initdb and the server refuse to run as root: use the postgres OS user then.
if [ "$(id -u)" = 0 ]; then
	as() { runuser -u postgres -- "$@"; }
else
	as() { "$@"; }
fi

if [ "${1:-}" = stop ]; then
	as "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >&2
	exit 0
fi

mkdir -p "$PGDIR"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
	as "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
fi
if ! as "$PGBIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
	# fsync off: the cluster is disposable and the tests measure kg, not the disk.
	as "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=$PGFSYNC -c synchronous_commit=$PGFSYNC -c full_page_writes=$PGFSYNC" start >&2
fi
psql() { as "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql -c "SELECT 1 FROM pg_roles WHERE rolname='kg'")" != 1 ]; then
	psql -c "CREATE ROLE kg LOGIN CREATEDB PASSWORD 'kg'" >&2
fi
if [ "$(psql -c "SELECT 1 FROM pg_database WHERE datname='kg'")" != 1 ]; then
	psql -c "CREATE DATABASE kg OWNER kg" >&2
fi
echo "postgres://kg:kg@127.0.0.1:$PGPORT/kg?sslmode=disable"
