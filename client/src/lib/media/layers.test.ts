import { describe, expect, it } from 'vitest';
import { spatialLayerForTile } from './layers.ts';

describe('spatialLayerForTile', () => {
  it.each([
    [0, 1, 0],
    [120, 1, 0],
    [190, 1, 0],
    [240, 1, 1],
    [360, 1, 1],
    [500, 1, 2],
    [1080, 1, 2],
    [180, 2, 1],
    [360, 2, 2],
  ])('a %i px tile at DPR %i gets layer %i', (height, dpr, layer) => {
    expect(spatialLayerForTile(height, dpr)).toBe(layer);
  });

  it('treats nonsense sizes as the smallest layer', () => {
    expect(spatialLayerForTile(Number.NaN)).toBe(0);
    expect(spatialLayerForTile(-5)).toBe(0);
  });
});
