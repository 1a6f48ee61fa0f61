#!/usr/bin/env bash
# Lays out the news development set's texts (testdata/newsdev/README.md) as
# DIR/<category>-<NNN>.txt, the names its gold files expect, from the BBC
# News files in ../shared/data/bbc (not redistributed here), and checks each
# against the md5 listed in the README.
#   bash scripts/newsdev.sh [DIR]        (default /tmp/newsdev/articles)
#   go run ./cmd/kg eval --gold testdata/newsdev/gold /tmp/newsdev/articles
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="${KG_BBC:-$root/../shared/data/bbc}"
dst="${1:-/tmp/newsdev/articles}"
mkdir -p "$dst"
n=0
while read -r name md5; do
  cat="${name%-*}" num="${name##*-}"
  f="$src/$cat/$num.txt"
  [ -f "$f" ] || { echo "newsdev: $f: not found (set KG_BBC to the BBC folder)" >&2; exit 1; }
  cp "$f" "$dst/$name.txt"
  got=$(md5sum < "$f" | cut -d' ' -f1)
  [ "$got" = "$md5" ] || { echo "newsdev: $f: md5 $got, want $md5" >&2; exit 1; }
  n=$((n+1))
done < <(sed -n 's/^| \([a-z]*-[0-9]*\) | .* | \([0-9a-f]\{32\}\) |$/\1 \2/p' "$root/testdata/newsdev/README.md")
echo "newsdev: $n articles in $dst"
