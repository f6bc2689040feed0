/**
 * Share of each city's items that every district inherited, by province — from the Parquet tables
 * written by `policy-lineage network plans/ --out network/`, read with hyparquet.
 *
 *   npx tsx examples/network-share.ts network/
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';

const dir = process.argv[2] ?? 'network';
const table = async (name: string) => {
  const bytes = readFileSync(join(dir, `${name}.parquet`));
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
};

const plans = new Map((await table('plans')).map((p) => [p.id as string, p]));
const shares = new Map<string, { province: string; city: string; district: string; items: number; inherited: number }>();
for (const l of await table('links')) {
  const city = plans.get(l.parent as string);
  const district = plans.get(l.child as string);
  if (!city || !district || city.level !== 'city' || !['district', 'county'].includes(district.level as string) || l.upperItem === null) continue;
  const key = `${l.parent}\t${l.child}`;
  const row = shares.get(key) ?? { province: (city.parentPlace as string) ?? '?', city: city.place as string, district: `${district.place} ${district.year}`, items: 0, inherited: 0 };
  row.items++;
  if (l.status === 'inherited') row.inherited++;
  shares.set(key, row);
}
const rows = [...shares.values()].sort((a, b) => a.province.localeCompare(b.province) || a.city.localeCompare(b.city) || a.district.localeCompare(b.district));
for (const r of rows) console.log([r.province, r.city, r.district, r.items, (r.inherited / r.items).toFixed(3)].join('\t'));
