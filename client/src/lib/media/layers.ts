/**
 * Simulcast layer choice from the size a video is shown at. The sender encodes three spatial layers
 * scaled down by 4, 2 and 1 (for a 1280×720 camera: 180p, 360p, 720p); a tile gets the smallest layer
 * that still covers its height on this screen, so small tiles do not pull full-resolution video.
 */
export const SIMULCAST_SCALE_DOWN = [4, 2, 1] as const;
export const MAX_SPATIAL_LAYER = SIMULCAST_SCALE_DOWN.length - 1;

/** The capture height the layers are computed against (the camera constraint the client asks for). */
export const CAPTURE_HEIGHT = 720;

export function spatialLayerForTile(
  tileHeightCssPx: number,
  devicePixelRatio = 1,
  captureHeight = CAPTURE_HEIGHT,
): number {
  if (!Number.isFinite(tileHeightCssPx) || tileHeightCssPx <= 0) return 0;
  const needed = tileHeightCssPx * Math.max(1, devicePixelRatio);
  for (let layer = 0; layer < SIMULCAST_SCALE_DOWN.length; layer++) {
    const scale = SIMULCAST_SCALE_DOWN[layer] ?? 1;
    // 10 % slack: a 190 px tile looks fine with 180p and need not triple the bitrate.
    if (captureHeight / scale >= needed * 0.9) return layer;
  }
  return MAX_SPATIAL_LAYER;
}
