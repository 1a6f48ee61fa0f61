#!/bin/sh
# run.sh reproduces the figures in BENCHMARKS.md. Run from the repository
# root; everything goes to $OUT (default /tmp/kgbench). Steps:
#
#	1. go run ./bench/gen: synthetic corpora of 1k and 10k articles (seed 1)
#	2. kg build of each into bolt under bench/rss.sh: wall time, peak RSS
#	   (VmHWM) and its anonymous and file-backed parts, store size
#	3. kg export of the 10k store to N-Quads, kg import of it into a fresh
#	   bolt and leveldb store (batched import throughput, size)
#	4. go run ./bench/querylat: p50/p95 of every canned query on the 10k store
#	5. go test -bench: extraction throughput (ingest) and per-backend load
#	   throughput (graph); PostgreSQL joins in when KG_TEST_POSTGRES is set
#	   (export KG_TEST_POSTGRES=$(PGFSYNC=on scripts/pg-start.sh))
#
# Usage: bench/run.sh [N...]   (article counts for step 2; default 1000 10000;
# 100000 takes about 40 minutes here)
set -eu
OUT=${OUT:-/tmp/kgbench}
mkdir -p "$OUT"
SIZES=${*:-1000 10000}
MAX=$(echo $SIZES | tr ' ' '\n' | sort -n | tail -n 1)
go build -o "$OUT/kg" ./cmd/kg
go run ./bench/gen -seed 1 -n "$MAX" > "$OUT/corpus.jsonl"
for n in $SIZES; do
	rm -rf "$OUT/b$n.db"
	head -n "$n" "$OUT/corpus.jsonl" > "$OUT/c$n.jsonl"
	bench/rss.sh "$OUT/kg" build -q --db "$OUT/b$n.db" "$OUT/c$n.jsonl" > "$OUT/build$n.out" 2>&1
	cat "$OUT/build$n.out"
	du -sb "$OUT/b$n.db"
done
"$OUT/kg" export --db "$OUT/b$MAX.db" > "$OUT/g$MAX.nq"
wc -l "$OUT/g$MAX.nq"
for db in "$OUT/i$MAX.bolt" "leveldb:$OUT/i$MAX.ldb"; do
	rm -rf "${db#leveldb:}"
	/usr/bin/time -v "$OUT/kg" import --db "$db" "$OUT/g$MAX.nq" 2> "$OUT/import.time"
	grep -E 'Elapsed|Maximum resident' "$OUT/import.time"
	du -sb "${db#leveldb:}"
done
go run ./bench/querylat -db "$OUT/b$MAX.db" -n 20 2> "$OUT/querylat.log"
go test -run '^$' -bench . -benchtime 3x ./ingest/
go test -run '^$' -bench 'Load|Proto' -benchtime 2x ./graph/
