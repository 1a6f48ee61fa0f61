#!/usr/bin/env bash
# Lays out the second to ninth news development set (testdata/newsdev2 to
# testdata/newsdev9) or the second or third held-out set (testdata/heldout2,
# testdata/heldout3): news from the wire and newspapers (AP,
# New York Times, Xinhua, Wall Street Journal, VOA, CNN, ABC, San Jose
# Mercury News, 1989-2000) in the TempEval-3 training data kept in
# ../shared/data/timeml (not redistributed here). Writes DIR/<id>.txt, the text
# annotators read, and DIR/articles.jsonl, the same texts with each one's
# creation time as its publication date (as a feed gives it), and checks each
# text's md5 against the set's README.
#   bash scripts/newsdev2.sh [newsdev2|newsdev3|newsdev4|newsdev5|newsdev6|newsdev7|newsdev8|newsdev9|heldout2|heldout3] [DIR]   (default newsdev2, /tmp/SET/articles)
#   go run ./cmd/kg eval --gold testdata/newsdev2/gold /tmp/newsdev2/articles/articles.jsonl
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
set="${1:-newsdev2}"
src="${KG_TIMEML:-$root/../shared/data/timeml}"
dst="${2:-/tmp/$set/articles}"
readme="$root/testdata/$set/README.md"
[ -f "$readme" ] || { echo "newsdev2: $readme: no such set (want newsdev2 to newsdev9, heldout2 or heldout3)" >&2; exit 1; }
[ -d "$src" ] || { echo "newsdev2: $src: not found (set KG_TIMEML to the TempEval-3 TBAQ-cleaned folder)" >&2; exit 1; }
want=$(sed -n 's/^| `\([^`]*\)` | .* | \([0-9a-f]\{32\}\) |$/\1 \2/p' "$readme")
ids=$(cut -d' ' -f1 <<<"$want")
# shellcheck disable=SC2086
got=$(cd "$root" && go run ./bench/devscore texts "$src" "$dst" $ids)
if [ "$got" != "$want" ]; then
  diff <(echo "$want") <(echo "$got") >&2 || true
  echo "newsdev2: texts differ from $readme (md5 above: want <, got >)" >&2
  exit 1
fi
echo "newsdev2: $(wc -l <<<"$ids") articles in $dst"
