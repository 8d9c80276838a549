import { useEffect, useRef } from 'react';
import { spatialLayerForTile } from '../../lib/media/layers.ts';

/**
 * Plays one video track. With `onLayer`, it reports the simulcast layer its rendered size needs
 * whenever it is resized, so a small tile never pulls full resolution.
 */
export function VideoView(props: {
  track: MediaStreamTrack;
  isMirrored?: boolean;
  label: string;
  onLayer?: ((spatialLayer: number) => void) | undefined;
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const { track, onLayer } = props;

  useEffect(() => {
    const video = ref.current;
    if (!video) return undefined;
    video.srcObject = new MediaStream([track]);
    return () => {
      video.srcObject = null;
    };
  }, [track]);

  useEffect(() => {
    const video = ref.current;
    if (!video || !onLayer || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) onLayer(spatialLayerForTile(entry.contentRect.height, window.devicePixelRatio));
    });
    observer.observe(video);
    return () => observer.disconnect();
  }, [onLayer]);

  return (
    <video
      ref={ref}
      className={`call-video${props.isMirrored ? ' call-video--mirrored' : ''}`}
      autoPlay
      playsInline
      muted
      aria-label={props.label}
    />
  );
}

/** Plays one remote audio track; not shown. */
export function AudioPlayer({ track }: { track: MediaStreamTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const audio = ref.current;
    if (!audio) return undefined;
    audio.srcObject = new MediaStream([track]);
    void audio.play().catch(() => undefined);
    return () => {
      audio.srcObject = null;
    };
  }, [track]);
  return <audio ref={ref} autoPlay />;
}
