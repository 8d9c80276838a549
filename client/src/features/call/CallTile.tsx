import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tile } from '../../lib/media/tiles.ts';
import { AudioPlayer, VideoView } from './VideoView.tsx';

export interface Person {
  name: string;
  /** Profession and service, as one line. */
  details: string;
}

/**
 * One person (or one shared screen): video or initials, name with profession and service, a muted-mic
 * mark, the active speaker's outline and a "weak connection" hint. Moderators get a menu with mute and
 * stop video (never "remove": that lives elsewhere, far from one click).
 */
export function CallTile(props: {
  tile: Tile;
  person: Person;
  localVideo?: MediaStreamTrack | undefined;
  canModerate: boolean;
  onModerate: (source: 'mic' | 'camera') => void;
  onLayer: (producerId: string, spatialLayer: number) => void;
}) {
  const { t } = useTranslation();
  const { tile, person } = props;
  const menuId = useId();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const video = tile.video;
  const videoTrack = tile.isMe && !tile.isScreen ? props.localVideo : video?.reception?.track;
  const isVideoShown =
    videoTrack !== undefined && !(video?.isPaused ?? false) && !video?.reception?.isPausedLocally;
  const producerId = video?.producerId;
  const { onLayer } = props;
  const reportLayer = useCallback(
    (layer: number) => {
      if (producerId) onLayer(producerId, layer);
    },
    [producerId, onLayer],
  );
  const name = tile.isMe ? `${person.name} ${t('call.you')}` : person.name;
  const title = tile.isScreen ? t('call.screenOf', { name: person.name }) : name;
  const classes = [
    'call-tile',
    tile.isLarge ? 'call-tile--large' : '',
    tile.isActiveSpeaker ? 'call-tile--speaking' : '',
    tile.isScreen ? 'call-tile--screen' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes} data-user-id={tile.userId} data-tile={tile.key}>
      <div className="call-tile__media">
        {isVideoShown ? (
          <VideoView
            track={videoTrack}
            isMirrored={tile.isMe && !tile.isScreen}
            label={title}
            onLayer={tile.isMe ? undefined : reportLayer}
          />
        ) : (
          <span className="call-tile__initials" aria-hidden="true">
            {initials(person.name)}
          </span>
        )}
        {video?.reception?.isPausedLocally ? (
          <span className="call-tile__hint">{t('call.tile.videoPaused')}</span>
        ) : null}
      </div>
      {tile.audio?.reception ? <AudioPlayer track={tile.audio.reception.track} /> : null}
      <div className="call-tile__caption">
        <span className="call-tile__name">{title}</span>
        {tile.isScreen ? null : <span className="call-tile__details">{person.details}</span>}
        <span className="call-tile__marks">
          {tile.isPresenter && !tile.isScreen ? <span className="chip">{t('call.presenter')}</span> : null}
          {!tile.isScreen && tile.isMicMuted ? (
            <span className="call-tile__mic-off" role="img" aria-label={t('call.tile.micOff')}>
              <MicOffIcon />
            </span>
          ) : null}
          {tile.isActiveSpeaker ? <span className="visually-hidden">{t('call.tile.speaking')}</span> : null}
          {tile.isWeak ? <span className="call-tile__weak">{t('call.tile.weak')}</span> : null}
        </span>
        {props.canModerate && !tile.isMe && !tile.isScreen ? (
          <span className="call-tile__menu">
            <button
              type="button"
              className="btn btn--quiet call-tile__menu-button"
              aria-expanded={isMenuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span aria-hidden="true">⋯</span>
              <span className="visually-hidden">{t('call.tile.actions', { name: person.name })}</span>
            </button>
            {isMenuOpen ? (
              <span
                id={menuId}
                className="call-tile__menu-list"
                role="group"
                aria-label={t('call.tile.actions', { name: person.name })}
              >
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={tile.isMicMuted}
                  onClick={() => {
                    setMenuOpen(false);
                    props.onModerate('mic');
                  }}
                >
                  {t('call.tile.mute')}
                </button>
                <button
                  type="button"
                  className="btn btn--secondary"
                  disabled={!video || video.isPaused}
                  onClick={() => {
                    setMenuOpen(false);
                    props.onModerate('camera');
                  }}
                >
                  {t('call.tile.stopVideo')}
                </button>
              </span>
            ) : null}
          </span>
        ) : null}
      </div>
    </li>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

export function MicOffIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden="true"
      focusable="false"
    >
      <path d="M3 3l18 18" />
      <path d="M9 9v3a3 3 0 0 0 5.1 2.1M15 9.3V5a3 3 0 0 0-5.9-.7" />
      <path d="M19 11a7 7 0 0 1-1.2 3.9M5 11a7 7 0 0 0 11.3 5.5M12 18v3" />
    </svg>
  );
}
