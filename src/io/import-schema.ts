/**
 * The geometry of an imported file, as zod schemas (the project's one validation
 * library): RFC 7946 geometry types with positions in range. Each rule carries the plain
 * message the importer shows; `geometryProblem` turns the first issue into one located
 * line ("feature 12: [200, 5] is out of range").
 */
import { z } from 'zod';

const POSITION_MSG = 'a position must be [longitude, latitude] numbers';

const Position = z
  .array(z.unknown())
  .min(2, POSITION_MSG)
  .check((ctx) => {
    const [lon, lat] = ctx.value as [unknown, unknown];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      ctx.issues.push({ code: 'custom', message: POSITION_MSG, input: ctx.value });
      return;
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      const swapped =
        Math.abs(lat) <= 180 && Math.abs(lon) <= 90 ? ' (looks like [latitude, longitude]: GeoJSON wants [longitude, latitude])' : '';
      ctx.issues.push({ code: 'custom', message: `[${lon}, ${lat}] is out of range${swapped}`, input: ctx.value });
    }
  });
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item, { error: POSITION_MSG }).min(1, 'empty coordinates');

const simple = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Point'), coordinates: z.unknown().pipe(Position) }),
    z.object({ type: z.literal('MultiPoint'), coordinates: nonEmpty(Position) }),
    z.object({ type: z.literal('LineString'), coordinates: nonEmpty(Position).min(2, 'a line needs two positions') }),
    z.object({ type: z.literal('MultiLineString'), coordinates: nonEmpty(nonEmpty(Position)) }),
    z.object({ type: z.literal('Polygon'), coordinates: nonEmpty(nonEmpty(Position)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: nonEmpty(nonEmpty(nonEmpty(Position))) }),
    z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()).min(1, 'empty GeometryCollection') }),
  ],
  {
    error: (iss) => {
      const t = (iss.input as { type?: unknown } | undefined)?.type;
      return `"${String(t).slice(0, 30)}" is not a GeoJSON geometry type`;
    },
  },
);

export const ImportGeometry: z.ZodType = z.unknown().check((ctx) => {
  const g = ctx.value;
  if (!g || typeof g !== 'object') {
    ctx.issues.push({ code: 'custom', message: 'no geometry', input: g });
    return;
  }
  const r = simple.safeParse(g);
  if (!r.success) {
    for (const i of r.error.issues) ctx.issues.push({ code: 'custom', message: i.message, input: g });
    return;
  }
  if (r.data.type === 'GeometryCollection')
    for (const sub of r.data.geometries) {
      const s = ImportGeometry.safeParse(sub);
      if (!s.success) {
        for (const i of s.error.issues) ctx.issues.push({ code: 'custom', message: i.message, input: sub });
        return;
      }
    }
});

/** The first problem with a geometry, located ("feature 3: …"), or null. */
export function geometryProblem(g: unknown, where: string): string | null {
  const r = ImportGeometry.safeParse(g);
  return r.success ? null : `${where}: ${r.error.issues[0]!.message}`;
}
