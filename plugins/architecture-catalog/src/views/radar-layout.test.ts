import { describe, expect, it } from 'vitest';
import { RADAR_RINGS } from '../engine/radar/radar.js';
import { layoutBlips, RADAR_SIZE, RING_RADII, type BlipToPlace } from './radar-layout.js';

const CENTRE = RADAR_SIZE / 2;

function overlaps(blips: readonly BlipToPlace[]): number {
  const points = layoutBlips(blips);
  let count = 0;
  points.forEach((a, i) =>
    points.forEach((b, j) => {
      if (i < j && Math.hypot(a.x - b.x, a.y - b.y) <= a.radius + b.radius) count++;
    }),
  );
  return count;
}

describe('layoutBlips', () => {
  it.each([
    [8, 'adopt'],
    [12, 'trial'],
    [14, 'assess'],
    [16, 'hold'],
  ] as const)('keeps %i blips of one quadrant in the %s ring apart', (count, ring) => {
    const blips = Array.from({ length: count }, () => ({ quadrant: 3, ring, radius: 12 }));
    expect(overlaps(blips)).toBe(0);
    const index = RADAR_RINGS.indexOf(ring);
    const inner = index === 0 ? 0 : RING_RADII[RADAR_RINGS[index - 1]!];
    for (const point of layoutBlips(blips)) {
      const distance = Math.hypot(point.x - CENTRE, point.y - CENTRE);
      expect(distance).toBeGreaterThanOrEqual(inner + 12);
      expect(distance).toBeLessThanOrEqual(RING_RADII[ring] - 12);
      expect(point.x).toBeGreaterThanOrEqual(CENTRE + 12);
      expect(point.y).toBeGreaterThanOrEqual(CENTRE + 12);
    }
  });

  it('draws the blips of a crowded cell smaller, and still apart', () => {
    const blips = Array.from({ length: 30 }, () => ({
      quadrant: 0,
      ring: 'adopt' as const,
      radius: 14,
    }));
    const placed = layoutBlips(blips);
    expect(overlaps(blips)).toBe(0);
    expect(Math.max(...placed.map((blip) => blip.radius))).toBeLessThan(14);
  });

  it('places the same blips in the same places', () => {
    const blips = RADAR_RINGS.flatMap((ring, r) =>
      [0, 1, 2, 3].map((quadrant) => ({ quadrant, ring, radius: 9 + r })),
    );
    expect(layoutBlips(blips)).toEqual(layoutBlips(blips));
    expect(overlaps(blips)).toBe(0);
  });
});
