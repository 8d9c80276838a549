import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MicOffIcon } from './CallTile.tsx';
import { SHORTCUTS, useShortcuts, type ShortcutAction } from './shortcuts.ts';
import type { Call } from './use-call.ts';

/**
 * Microphone, camera and share screen, the first three of the room's bottom bar. Each is a toggle with
 * aria-pressed (pressed = on) and its shortcut in the tooltip; "?" lists the shortcuts.
 */
export function CallButtons({ call }: { call: Call }) {
  const { t } = useTranslation();
  const [isHelpOpen, setHelpOpen] = useState(false);
  const { local, status } = call.state;
  const isMicOn = local.mic.track !== undefined && !local.mic.isPaused;
  const isCameraOn = local.camera.track !== undefined;
  const isSharing = local.screen.track !== undefined;
  const isDisabled = status !== 'joined' && status !== 'rejoining';

  const handlers = useMemo(
    () => ({
      mic: call.toggleMic,
      camera: call.toggleCamera,
      screen: call.toggleScreen,
      help: () => setHelpOpen(true),
    }),
    [call.toggleMic, call.toggleCamera, call.toggleScreen],
  );
  useShortcuts(handlers);

  const toggle = (action: ShortcutAction, isOn: boolean, label: string, onClick: () => void) => (
    <Button
      className={`call-toggle${isOn ? ' call-toggle--on' : ''}`}
      variant={isOn ? 'primary' : 'secondary'}
      aria-pressed={isOn}
      aria-keyshortcuts={SHORTCUTS[action].aria}
      title={`${label} (${t('call.controls.shortcut', { keys: SHORTCUTS[action].label })})`}
      disabled={isDisabled}
      onClick={onClick}
    >
      {action === 'mic' && !isOn ? <MicOffIcon /> : null}
      {label}
      <span className="call-toggle__state" aria-hidden="true">
        {isOn ? t('call.controls.on') : t('call.controls.off')}
      </span>
    </Button>
  );

  return (
    <>
      {toggle('mic', isMicOn, t('call.controls.mic'), call.toggleMic)}
      {toggle('camera', isCameraOn, t('call.controls.camera'), call.toggleCamera)}
      {toggle('screen', isSharing, t('call.controls.screen'), call.toggleScreen)}
      <Button variant="quiet" aria-keyshortcuts="?" title="?" onClick={() => setHelpOpen(true)}>
        {t('call.controls.shortcuts')}
      </Button>
      {isHelpOpen ? (
        <Dialog
          title={t('call.shortcuts.title')}
          onClose={() => setHelpOpen(false)}
          actions={<Button onClick={() => setHelpOpen(false)}>{t('call.shortcuts.close')}</Button>}
        >
          <dl className="call-shortcuts">
            {(Object.keys(SHORTCUTS) as ShortcutAction[]).map((action) => (
              <div key={action}>
                <dt>
                  <kbd>{SHORTCUTS[action].label}</kbd>
                </dt>
                <dd>{t(`call.shortcuts.${action}`)}</dd>
              </div>
            ))}
            <div>
              <dt>
                <kbd>?</kbd>
              </dt>
              <dd>{t('call.shortcuts.help')}</dd>
            </div>
          </dl>
        </Dialog>
      ) : null}
    </>
  );
}
