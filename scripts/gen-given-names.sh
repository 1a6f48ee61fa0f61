#!/usr/bin/env bash
# Regenerates extract/internal/lexicon/data/given_names_intl.txt: the given
# names of the world's locales in Latin script that neither given_names.txt
# nor given_names_en.txt lists, so that "Elian Gonzalez", "Bronislaw Geremek"
# or "Yvon Bussieres" open a person's name the way "John Smith" does. kg
# trusts them as it trusts given_names_en.txt: only where the text never writes
# the word in lower case and no list knows it as a place or organisation.
#   bash scripts/gen-given-names.sh [DIR]   (default: the data folder itself)
# Source: the npm package @faker-js/faker 10.6.0 (MIT; its locale data,
# person.first_name of every locale). Needs node, npm and the registry, and
# /usr/share/dict/american-english (Debian package wamerican): a name that the
# dictionary writes as a lower-case word ("golden", "summer") is left out.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/extract/internal/lexicon/data"
dir="${1:-$data}"
dict="${KG_DICT:-/usr/share/dict/american-english}"
[ -f "$dict" ] || { echo "gen-given-names: $dict: not found (apt-get install wamerican, or set KG_DICT)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @faker-js/faker@10.6.0 >/dev/null
got=$(sha1sum faker-js-faker-10.6.0.tgz | cut -d' ' -f1)
[ "$got" = b6b0248f0f59e0ac69ad6803167d58bb824f929d ] || { echo "gen-given-names: faker-js-faker-10.6.0.tgz: sha1 $got, not the published one" >&2; exit 1; }
mkdir fk && tar xzf faker-js-faker-10.6.0.tgz -C fk --strip-components=1
cat >names.mjs <<'EOF'
// Prints every first name of faker's locales, one per line, as "locale<TAB>name".
// Joke and constructed locales (en_BORK, en_AU_ocker, eo) are left out.
import { allLocales } from './fk/dist/index.js';
const skip = new Set(['en_BORK', 'en_AU_ocker', 'eo', 'base']);
for (const [code, loc] of Object.entries(allLocales)) {
  const fn = loc.person && loc.person.first_name;
  if (skip.has(code) || !fn) continue;
  const names = Array.isArray(fn) ? fn : Object.values(fn).filter(Array.isArray).flat();
  for (const n of names) console.log(code + '\t' + n.trim());
}
EOF
node names.mjs >names.tsv
# Latin letters only (accents allowed), three letters or more, one word; each
# name also in its unaccented spelling, as much news copy writes it ("Bronislaw"
# for "Bronisław"). Common English words (common_words.txt and the dictionary's lower-case
# words) are left out.
node -e '
const fs = require("fs");
const known = new Set();
for (const f of ["given_names.txt", "given_names_en.txt", "common_words.txt"])
  for (const l of fs.readFileSync(process.argv[1] + "/" + f, "utf8").split("\n"))
    if (l && !l.startsWith("#")) known.add(l.split("|")[0]);
for (const l of fs.readFileSync(process.argv[2], "utf8").split("\n"))
  if (/^[a-z]+$/.test(l)) known.add(l);
const out = new Set();
const letters = { "\u0142": "l", "\u00f8": "o", "\u0111": "d", "\u00e6": "ae", "\u0153": "oe", "\u0131": "i", "\u00df": "ss" };
const fold = (s) => s.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/./gu, (c) => letters[c] || c);
for (const l of fs.readFileSync("names.tsv", "utf8").split("\n")) {
  const n = (l.split("\t")[1] || "").toLowerCase();
  if (!/^[a-z\u00df-\u024f]{3,}$/u.test(n)) continue;
  for (const v of [n, fold(n)])
    if (/^[a-z\u00df-\u024f]{3,}$/u.test(v) && !known.has(v)) out.add(v);
}
process.stdout.write([...out].sort().join("\n") + "\n");
' "$data" "$dict" >names.txt
{
  echo "# Given names of the world's locales in Latin script (lower case) that given_names.txt and given_names_en.txt leave out; trusted like given_names_en.txt: a name from it opens a person's name only where the text never writes the word in lower case."
  echo "# source: npm package @faker-js/faker 10.6.0 (MIT), person.first_name of every locale but en_BORK, en_AU_ocker and eo; Latin letters only, three letters or more, each also without its accents; no word of common_words.txt nor any word /usr/share/dict/american-english (Debian wamerican) writes in lower case."
  echo "# regenerate: bash scripts/gen-given-names.sh"
  echo "# columns: name"
  LC_ALL=C sort -u names.txt
} >"$dir/given_names_intl.txt"
echo "gen-given-names: $(grep -vc '^#' "$dir/given_names_intl.txt") names in $dir/given_names_intl.txt"
