#!/bin/bash
# The streaming read replica: on first start, copy the primary with pg_basebackup (-R writes
# standby.signal and the connection to follow), then run as a hot standby. Runs as the postgres user.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_basebackup --host=postgres --username=replicator --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf --no-password; do
    echo "waiting for the primary to accept the replica..."
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on
