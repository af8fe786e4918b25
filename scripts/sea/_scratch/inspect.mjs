import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
const t = JSON.parse(readFileSync('node_modules/world-atlas/land-10m.json'));
const f = feature(t, t.objects.land);
console.log(f.type, f.features?.length, f.features?.[0]?.geometry.type);
const g = f.features[0].geometry;
let rings = 0, verts = 0, big = 0, maxLenPoly = 0;
for (const poly of g.coordinates) { let n=0; for (const r of poly) { rings++; verts += r.length; n+=r.length;
  for (let i=1;i<r.length;i++) if (Math.abs(r[i][0]-r[i-1][0])>180) big++; } maxLenPoly=Math.max(maxLenPoly,n); }
console.log({ polys: g.coordinates.length, rings, verts, big, maxLenPoly });
// antarctica: poly with min lat
for (const poly of g.coordinates) { const r=poly[0]; let mn=90; for (const p of r) mn=Math.min(mn,p[1]); if (mn<-85) { console.log('antarctic ring len', r.length, r.slice(0,3), r.filter(p=>Math.abs(p[0])>=179.99).slice(0,10)); } }
for (const [pi,poly] of g.coordinates.entries()) for (const r of poly) for (let i=1;i<r.length;i++) if (Math.abs(r[i][0]-r[i-1][0])>180) console.log(pi, r.length, i, r[i-1], r[i]);
