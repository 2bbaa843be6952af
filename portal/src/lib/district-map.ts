import geojson from '../data/leiden-wijken-2024.geojson?raw';

interface Feature {
  properties: { statcode: string; statnaam: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface DistrictShape {
  code: string;
  name: string;
  /** SVG path data in the map's own coordinates. */
  d: string;
  /** Where to put the district's label: the centroid of its largest ring. */
  labelX: number;
  labelY: number;
}

export interface DistrictMapShapes {
  width: number;
  height: number;
  shapes: DistrictShape[];
}

const features = (JSON.parse(geojson) as { features: Feature[] }).features;
const rings = (f: Feature): number[][][] => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat());

const centroid = (ring: number[][]): [number, number, number] => {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return area === 0 ? [ring[0][0], ring[0][1], 0] : [cx / (3 * area), cy / (3 * area), Math.abs(area / 2)];
};

let cached: DistrictMapShapes | undefined;

/**
 * The districts of the CBS map (Kadaster / CBS 2024) as SVG paths, projected at build time: an
 * equirectangular projection scaled by the cosine of the middle latitude, which at the size of a
 * city is indistinguishable from a proper one. Ring direction does not matter here.
 */
export const districtShapes = (width = 560): DistrictMapShapes => {
  if (cached?.width === width) return cached;
  const points = features.flatMap((f) => rings(f).flat());
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const pad = 8;
  const scale = (width - 2 * pad) / ((maxLon - minLon) * kx);
  const height = Math.round((maxLat - minLat) * scale + 2 * pad);
  const project = ([lon, lat]: number[]): [number, number] => [pad + (lon - minLon) * kx * scale, pad + (maxLat - lat) * scale];
  const r = (n: number) => Math.round(n * 10) / 10;
  const shapes = features.map((f) => {
    const projected = rings(f).map((ring) => ring.map(project));
    const d = projected.map((ring) => `M${ring.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`).join('');
    const [x, y] = projected.map(centroid).reduce((a, b) => (b[2] > a[2] ? b : a));
    return { code: f.properties.statcode, name: f.properties.statnaam, d, labelX: r(x), labelY: r(y) };
  });
  cached = { width, height, shapes };
  return cached;
};
