import { RADAR_RINGS, type RadarRing } from '../engine/radar/radar.js';

/** The chart's size in SVG units; its centre is at (SIZE / 2, SIZE / 2). */
export const RADAR_SIZE = 640;
const CENTRE = RADAR_SIZE / 2;
/** Each ring's outer radius, from the centre out (adopt is the widest band, as it holds most). */
export const RING_RADII: Record<RadarRing, number> = {
  adopt: 120,
  trial: 190,
  assess: 250,
  hold: 300,
};
/** Space kept between blips and from the band's and quadrant's edges. */
const GAP = 4;

/** A blip to place: its quadrant (0 to 3, top left, top right, bottom left, bottom right), ring and radius. */
export interface BlipToPlace {
  quadrant: number;
  ring: RadarRing;
  radius: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A placed blip: its centre, and its radius, smaller than asked where its cell is crowded. */
export interface PlacedBlip extends Point {
  radius: number;
}

/** The smallest a crowded cell shrinks its blips to. */
const MIN_RADIUS = 6;

/** Where each quadrant's quarter starts and ends, in degrees counter-clockwise from 3 o'clock. */
const QUARTERS: readonly (readonly [number, number])[] = [
  [90, 180],
  [0, 90],
  [180, 270],
  [270, 360],
];

/**
 * Where each blip sits: in its quadrant's quarter and its ring's band, in
 * rows along arcs, spread evenly, in the order given. A cell with more
 * blips than fit at their size draws them smaller. The same blips give the
 * same places.
 */
export function layoutBlips(blips: readonly BlipToPlace[]): PlacedBlip[] {
  const places = new Array<PlacedBlip>(blips.length);
  const cells = new Map<string, number[]>();
  blips.forEach((blip, i) => {
    const key = `${blip.quadrant}:${blip.ring}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  for (const members of cells.values()) {
    const first = blips[members[0]!]!;
    let size = Math.max(...members.map((i) => blips[i]!.radius));
    while (size > MIN_RADIUS && capacity(cellRows(first.ring, size)) < members.length) size -= 1;
    const points = cellPoints(first.quadrant, first.ring, size, members.length);
    members.forEach((member, k) => {
      places[member] = { ...points[k]!, radius: Math.min(blips[member]!.radius, size) };
    });
  }
  return places;
}

function capacity(rows: readonly { capacity: number }[]): number {
  return rows.reduce((sum, row) => sum + row.capacity, 0);
}

/** The rows of one ring's band for blips of radius `size`. */
function cellRows(ring: RadarRing, size: number): { radius: number; capacity: number }[] {
  const index = RADAR_RINGS.indexOf(ring);
  const inner = index === 0 ? 0 : RING_RADII[RADAR_RINGS[index - 1]!];
  const outer = RING_RADII[ring];
  return arcRows(inner + size + GAP, outer - size - GAP, 2 * size + GAP, size);
}

/** `count` points in one quadrant's part of one ring, at least `2 * size + GAP` apart where room allows. */
function cellPoints(quadrant: number, ring: RadarRing, size: number, count: number): Point[] {
  const rows = cellRows(ring, size);
  const perRow = distribute(
    count,
    rows.map((row) => row.capacity),
  );
  const [from, to] = QUARTERS[quadrant] ?? QUARTERS[0]!;
  const points: Point[] = [];
  rows.forEach((row, r) => {
    const n = perRow[r]!;
    // Keep a blip's width clear of the quarter's straight edges.
    const margin = degreesOf(size + GAP, row.radius);
    const span = to - from - 2 * margin;
    const middle = (from + to) / 2;
    // Evenly spread when few; never closer than a blip's width while the row has room.
    const apart =
      n > 1
        ? Math.max(span / n, Math.min(degreesOf(2 * size + GAP, row.radius), span / (n - 1)))
        : 0;
    for (let k = 0; k < n; k += 1)
      points.push(polar(row.radius, middle + (k - (n - 1) / 2) * apart));
  });
  return points;
}

/** The angle, in degrees, that an arc of `length` takes at `radius`. */
function degreesOf(length: number, radius: number): number {
  return ((length / radius) * 180) / Math.PI;
}

/** Rows of blips along arcs between two radii, outermost first, with how many each can hold. */
function arcRows(
  lowest: number,
  highest: number,
  step: number,
  size: number,
): { radius: number; capacity: number }[] {
  const rows: { radius: number; capacity: number }[] = [];
  for (let radius = Math.max(highest, lowest); radius >= lowest; radius -= step) {
    const margin = size + GAP;
    const arc = (Math.PI / 2) * radius - 2 * margin;
    rows.push({ radius, capacity: Math.max(0, Math.floor(arc / step) + 1) });
  }
  if (rows.length === 0 || rows.every((row) => row.capacity === 0))
    return [{ radius: (lowest + highest) / 2, capacity: 1 }];
  return rows;
}

/** `count` items over rows in proportion to their capacities; past full, the rest go round again. */
function distribute(count: number, capacities: readonly number[]): number[] {
  const total = capacities.reduce((sum, capacity) => sum + capacity, 0);
  const counts = capacities.map(() => 0);
  for (let k = 0; k < count; k += 1) {
    // The row furthest below its share takes the next item.
    let best = 0;
    let bestLack = -Infinity;
    capacities.forEach((capacity, r) => {
      const lack = ((k + 1) * capacity) / total - counts[r]!;
      if (lack > bestLack) [best, bestLack] = [r, lack];
    });
    counts[best]! += 1;
  }
  return counts;
}

function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return {
    x: round(CENTRE + radius * Math.cos(radians)),
    y: round(CENTRE - radius * Math.sin(radians)),
  };
}

const round = (value: number): number => Math.round(value * 10) / 10;
