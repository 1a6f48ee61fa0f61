#!/usr/bin/env bash
# extract-compare.sh — is `kg extract` output byte-identical to a base commit's?
#
# Usage: scripts/extract-compare.sh [BASE_REF]   (default a9ce30d, the commit before issue 11's move)
#
# Builds kg from BASE_REF (into $OUT/base, once) and from the working tree, runs `kg extract` on
#   seeds     testdata/articles
#   dev       extract/testdata/dev                      (--published 2005-06-01)
#   synth     1,000 articles from `go run ./bench/gen -seed 7 -n 1000` (base's generator)
#   heldout   $KG_HELDOUT (default /tmp/heldout/articles), if it exists (--published 2005-03-01)
#   bbc       every 8th file of $KG_BBC (default ../shared/data/bbc beside the repository), if it exists (--published 2005-03-01)
# and diffs each output with the base's. Outputs go to $OUT (default /tmp/extract-compare).
# Exit status 0 when every corpus is identical, 1 otherwise (the diffs are in $OUT/*.diff).
set -euo pipefail
base=${1:-a9ce30d}
root=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
out=${OUT:-/tmp/extract-compare}
heldout=${KG_HELDOUT:-/tmp/heldout/articles}
bbc=${KG_BBC:-$(cd "$(dirname "$0")/../.." && pwd)/shared/data/bbc}
mkdir -p "$out"
cd "$root"

rev=$(git rev-parse "$base")
if [ ! -x "$out/base-$rev/kg" ]; then
	rm -rf "$out/base-$rev" && mkdir -p "$out/base-$rev/src"
	git archive "$rev" | tar -x -C "$out/base-$rev/src"
	(cd "$out/base-$rev/src" && go build -o ../kg ./cmd/kg && go run ./bench/gen -seed 7 -n 1000 >../synth1k.jsonl)
fi
go build -o "$out/kg-new" ./cmd/kg

if [ -d "$bbc" ]; then
	find "$bbc" -name '*.txt' | sort | awk 'NR % 8 == 1' >"$out/bbc.list"
fi

# run BIN NAME: one corpus' output into $out/NAME.BIN.jsonl
run() {
	local bin=$1 name=$2 tag=$3
	local dst="$out/$name.$tag.jsonl"
	case $name in
	seeds) "$bin" extract testdata/articles >"$dst" ;;
	dev) "$bin" extract --published 2005-06-01 extract/testdata/dev >"$dst" ;;
	synth) "$bin" extract "$out/base-$rev/synth1k.jsonl" >"$dst" ;;
	heldout) "$bin" extract --published 2005-03-01 "$heldout" >"$dst" ;;
	bbc) xargs "$bin" extract --published 2005-03-01 <"$out/bbc.list" >"$dst" ;;
	esac
}

corpora="seeds dev synth"
[ -d "$heldout" ] && corpora="$corpora heldout"
[ -d "$bbc" ] && corpora="$corpora bbc"
status=0
for c in $corpora; do
	[ -s "$out/$c.base-$rev.jsonl" ] || run "$out/base-$rev/kg" "$c" "base-$rev"
	run "$out/kg-new" "$c" new
	if cmp -s "$out/$c.base-$rev.jsonl" "$out/$c.new.jsonl"; then
		echo "$c: identical ($(wc -l <"$out/$c.new.jsonl") documents)"
		rm -f "$out/$c.diff" "$out/$c.full.diff"
	else
		diff <(jq -c '.triples[] as $t | {doc} + $t' "$out/$c.base-$rev.jsonl" | sort) \
			<(jq -c '.triples[] as $t | {doc} + $t' "$out/$c.new.jsonl" | sort) >"$out/$c.diff" || true
		diff "$out/$c.base-$rev.jsonl" "$out/$c.new.jsonl" >"$out/$c.full.diff" || true
		echo "$c: DIFFERS — triples: $(grep -c '^<' "$out/$c.diff" || true) gone, $(grep -c '^>' "$out/$c.diff" || true) new (see $out/$c.diff, $out/$c.full.diff)"
		status=1
	fi
done
exit $status
