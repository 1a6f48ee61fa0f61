#!/usr/bin/env bash
# Regenerates extract/internal/lexicon/data/demonyms_world.txt: the English
# demonym of every country and territory, one word, mapped to its ISO 3166-1
# alpha-2 code, for the countries the curated demonyms.txt does not cover
# ("Tanzanian Foreign Minister X" represents Tanzania). Forms several
# countries share ("Congolese", "Dominican"), forms of more than one word and
# forms that are the country's own name ("Vatican") are left out; a form
# demonyms.txt lists is left to it.
#   bash scripts/gen-demonyms.sh [DIR]   (default: the data folder itself)
# Source: the npm package world-countries 5.1.0 (mledoze/countries, data ODbL
# 1.0, https://opendatacommons.org/licenses/odbl/1.0/), its countries.json.
# Needs node, npm and the registry.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/extract/internal/lexicon/data"
dir="${1:-$data}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent world-countries@5.1.0 >/dev/null
got=$(sha1sum world-countries-5.1.0.tgz | cut -d' ' -f1)
[ "$got" = ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f ] || { echo "gen-demonyms: world-countries-5.1.0.tgz: sha1 $got, not the published one" >&2; exit 1; }
tar xzf world-countries-5.1.0.tgz package/countries.json
cat > gen.js <<'JS'
// countries.json (argv[2]) and the curated demonyms.txt (argv[3]) to the
// rows of demonyms_world.txt on stdout.
const fs = require('fs');
const countries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const curated = new Set(fs.readFileSync(process.argv[3], 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#')).map(l => l.split('|')[0].trim().toLowerCase()));
const forms = new Map();
for (const c of countries) {
  const eng = (c.demonyms || {}).eng || {};
  for (const f of new Set([eng.m, eng.f].filter(Boolean))) {
    if (!forms.has(f)) forms.set(f, new Set());
    forms.get(f).add(c.cca2);
    if (f.toLowerCase() === c.name.common.toLowerCase()) forms.get(f).add('own name');
  }
}
const rows = [];
for (const [f, cs] of forms) {
  if (cs.size !== 1 || !/^[A-Z][a-z]+$/.test(f) || curated.has(f.toLowerCase())) continue;
  rows.push(f + '|' + [...cs][0]);
}
rows.sort();
process.stdout.write(rows.join('\n') + '\n');
JS
{
  echo "# Demonyms of the countries and territories the curated demonyms.txt does not list, one word each, mapped to ISO 3166-1 alpha-2 codes."
  echo "# source: npm package world-countries 5.1.0 (mledoze/countries), countries.json, English demonyms; data ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1.0/); forms several countries share, of more than one word, or that are a country's own name are left out."
  echo "# regenerate: bash scripts/gen-demonyms.sh"
  echo "# columns: demonym | country"
  node gen.js package/countries.json "$data/demonyms.txt"
} > "$dir/demonyms_world.txt.tmp"
mv "$dir/demonyms_world.txt.tmp" "$dir/demonyms_world.txt"
echo "gen-demonyms: $(grep -vc '^#' "$dir/demonyms_world.txt") demonyms in $dir/demonyms_world.txt"
