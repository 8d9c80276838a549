import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.tsx';
import { LinkButton } from '../ui/LinkButton.tsx';
import { MessagePage } from '../ui/MessagePage.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('notFound.title')} action={<LinkButton to="/">{t('common.toHome')}</LinkButton>}>
      <p>{t('notFound.body')}</p>
    </MessagePage>
  );
}

/** Shown when rendering throws; nothing technical reaches the user. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <div className="gate">
      <MessagePage
        title={t('crash.title')}
        action={
          <Button
            variant="primary"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('crash.reload')}
          </Button>
        }
      >
        <p>{t('crash.body')}</p>
      </MessagePage>
    </div>
  );
}
