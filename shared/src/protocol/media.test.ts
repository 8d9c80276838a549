import { describe, expect, it } from 'vitest';
import { commands, serverEvents } from './events.ts';
import {
  MediaConsume,
  MediaMuteAll,
  MediaProduce,
  MediaRequest,
  mediaCommands,
  mediaEvents,
} from './media.ts';

const rtpParameters = {
  codecs: [{ mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 }],
};

describe('media protocol', () => {
  it('[MP1] the media tables are part of the socket maps', () => {
    for (const name of Object.keys(mediaCommands)) expect(commands).toHaveProperty([name]);
    for (const name of Object.keys(mediaEvents)) expect(serverEvents).toHaveProperty([name]);
  });

  it('[MP2] produce accepts mediasoup parameters and refuses unknown sources and kinds', () => {
    const ok = { roomId: 'r1', transportId: 't1', kind: 'audio', source: 'mic', rtpParameters };
    expect(MediaProduce.safeParse(ok).success).toBe(true);
    expect(MediaProduce.safeParse({ ...ok, source: 'desktop' }).success).toBe(false);
    expect(MediaProduce.safeParse({ ...ok, kind: 'data' }).success).toBe(false);
    expect(MediaProduce.safeParse({ ...ok, rtpParameters: { codecs: [] } }).success).toBe(false);
  });

  it('[MP3] parameter objects are bounded in size', () => {
    const huge = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const request = { roomId: 'r1', producerId: 'p1', rtpCapabilities: { codecs: [huge] } };
    expect(MediaConsume.safeParse(request).success).toBe(false);
    const many = { roomId: 'r1', producerId: 'p1', rtpCapabilities: { codecs: Array(65).fill({}) } };
    expect(MediaConsume.safeParse(many).success).toBe(false);
  });

  it('[MP4] mute-all takes at most 50 exceptions', () => {
    expect(MediaMuteAll.parse({ roomId: 'r1' }).exceptUserIds).toEqual([]);
    const ids = Array.from({ length: 51 }, (_, i) => `u${i}`);
    expect(MediaMuteAll.safeParse({ roomId: 'r1', exceptUserIds: ids }).success).toBe(false);
  });

  it('[MP5] internal requests name a known method', () => {
    expect(MediaRequest.safeParse({ method: 'media:status', data: {} }).success).toBe(true);
    expect(MediaRequest.safeParse({ method: 'media:explode', data: {} }).success).toBe(false);
  });
});
