/**
 * The portal's icon, drawn in code so that no image file has to be fetched or kept in two forms: an open book
 * under a yellow dot, white on the portal's blue. The same drawing as public/favicon.svg.
 */
type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [0x0b, 0x5c, 0xad, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const YELLOW: Rgba = [0xff, 0xbf, 0x47, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const SUPERSAMPLING = 3;

type Point = readonly [number, number];
const LEFT_PAGE: Point[] = [[0.2, 0.4], [0.47, 0.46], [0.47, 0.78], [0.2, 0.72]];
const RIGHT_PAGE: Point[] = LEFT_PAGE.map(([x, y]) => [1 - x, y] as Point);

function insidePolygon(x: number, y: number, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** The colour at (x, y) of the unit square. A maskable icon fills the square; the others round its corners. */
function colourAt(x: number, y: number, maskable: boolean): Rgba {
  if (!maskable && !insideRoundedSquare(x, y, 0.18)) return CLEAR;
  const dotX = x - 0.5;
  const dotY = y - 0.27;
  if (dotX * dotX + dotY * dotY <= 0.075 * 0.075) return YELLOW;
  if (insidePolygon(x, y, LEFT_PAGE) || insidePolygon(x, y, RIGHT_PAGE)) return WHITE;
  return BLUE;
}

/** The icon as RGBA pixels of `size` × `size`, antialiased. */
export function drawAppIcon(size: number, maskable = false): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUPERSAMPLING) / size, (py + (sy + 0.5) / SUPERSAMPLING) / size, maskable);
          const alpha = colour[3];
          sum[0] += colour[0] * alpha;
          sum[1] += colour[1] * alpha;
          sum[2] += colour[2] * alpha;
          sum[3] += alpha;
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / samples;
      pixels[offset] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      pixels[offset + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      pixels[offset + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}
