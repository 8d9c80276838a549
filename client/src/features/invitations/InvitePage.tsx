import type { AcceptInvitationRequest, RoomId } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey, isApiError } from '../../lib/api-error.ts';
import { toLanguage } from '../../lib/language.ts';
import { useSession } from '../../lib/session.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { acceptInvitation, fetchInvitation } from './api.ts';
import { InviteForm } from './InviteForm.tsx';

/** /invite/:token — what the link is for, then who I am; accepting signs me in as a guest of that room. */
export function InvitePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('invite.title'));
  const language = toLanguage(i18n.resolvedLanguage);
  const token = useParams().token ?? '';
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const preview = useResource(`invite:${token}`, (signal) => fetchInvitation(token, signal));
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function accept(roomId: RoomId, body: AcceptInvitationRequest) {
    setIsSubmitting(true);
    setFailure(undefined);
    try {
      const me = await acceptInvitation(token, body);
      signedIn(me);
      // The room's page knocks at its lobby; a moderator lets the guest in from there.
      await navigate(`/rooms/${encodeURIComponent(roomId)}`, { replace: true });
    } catch (error) {
      setFailure(error);
      setIsSubmitting(false);
    }
  }

  if (preview.resource.status === 'loading') return <Loading />;
  if (preview.resource.status === 'error') {
    const error = preview.resource.error;
    if (isApiError(error) && error.code === 'NOT_FOUND') {
      return (
        <MessagePage title={t('invite.invalidTitle')}>
          <p>{t('invite.invalidBody')}</p>
        </MessagePage>
      );
    }
    return <LoadError error={error} onRetry={preview.reload} />;
  }

  const invitation = preview.resource.data;
  return (
    <section className="card card--narrow invite" aria-labelledby="invite-title">
      <h1 id="invite-title">{t('invite.title')}</h1>
      <p className="lead">{t('invite.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('invite.room')}</dt>
          <dd>{invitation.roomTitle}</dd>
        </div>
        <div>
          <dt>{t('invite.kind')}</dt>
          <dd>{t(`roomKinds.${invitation.roomKind}`)}</dd>
        </div>
        <div>
          <dt>{t('invite.role')}</dt>
          <dd>{t(`roomRoles.${invitation.role}`)}</dd>
        </div>
        <div>
          <dt>{t('invite.expires')}</dt>
          <dd>{formatDateTime(invitation.expiresAt, language)}</dd>
        </div>
      </dl>
      <p className="pii-reminder">
        <span className="pii-reminder__icon" aria-hidden="true">
          !
        </span>
        <strong>{t('room.piiRule')}</strong>
      </p>
      {failure ? (
        <Alert>
          {t(
            isApiError(failure) && failure.code === 'NOT_FOUND'
              ? 'invite.invalidBody'
              : errorMessageKey(failure),
          )}
        </Alert>
      ) : null}
      <InviteForm
        services={invitation.services}
        isSubmitting={isSubmitting}
        onSubmit={(body) => void accept(invitation.roomId, body)}
      />
    </section>
  );
}
