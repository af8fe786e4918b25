import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataPackage } from './datapackage-build';

const dir = 'geodata';
const onDisk = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));

describe('geodata/datapackage.json', () => {
  it('lists every data file in geodata/, each with a description and a schema that exists', () => {
    const files = readdirSync(dir).filter((n) => /\.(geo)?json$/.test(n) && n !== 'datapackage.json');
    expect(onDisk.resources.map((r: any) => r.path).sort()).toEqual(files.sort());
    for (const r of onDisk.resources) {
      expect(r.description.length, r.path).toBeGreaterThan(20);
      expect(existsSync(join(dir, r.jsonSchema)), r.jsonSchema).toBe(true);
    }
  });
  it('states the dataset licence (CC BY 4.0)', () => {
    expect(onDisk.licenses[0].name).toBe('CC-BY-4.0');
  });
  it('is current: the package and its JSON Schemas match the zod schemas (npm run datapackage)', () => {
    const { pkg, schemas } = buildDataPackage(dir);
    // sizes change with every data edit; the list, descriptions and schemas must not drift
    const strip = (p: any) => ({ ...p, resources: p.resources.map(({ bytes: _b, ...r }: any) => r) });
    expect(strip(onDisk)).toEqual(strip(pkg));
    for (const [name, s] of Object.entries(schemas)) expect(JSON.parse(readFileSync(join(dir, 'schema', name), 'utf8')), name).toEqual(s);
  });
  it('a file added to geodata/ without a description fails the build of the package', () => {
    expect(() => buildDataPackage('e2e/data')).toThrow(/is not described/);
  });
});
