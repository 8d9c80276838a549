import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_PREFS, parseCallPrefs } from './call-prefs.ts';

describe('parseCallPrefs', () => {
  it('defaults when nothing or garbage is stored', () => {
    expect(parseCallPrefs(null)).toEqual(DEFAULT_CALL_PREFS);
    expect(parseCallPrefs('{not json')).toEqual(DEFAULT_CALL_PREFS);
  });

  it('keeps valid fields and drops wrong types', () => {
    expect(
      parseCallPrefs(JSON.stringify({ isMicMuted: true, isCameraOff: 'yes', videoDeviceId: 'cam1' })),
    ).toEqual({ isMicMuted: true, isCameraOff: false, audioDeviceId: undefined, videoDeviceId: 'cam1' });
  });
});
