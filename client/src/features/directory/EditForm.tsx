import { useState, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';

/**
 * The frame of the directory's edit forms: title, the save failure and the "invalid" alert, and save/cancel
 * with save disabled while a request is on its way.
 */
export function EditForm<T>({
  title,
  invalidMessage,
  prepare,
  onSaved,
  onCancel,
  children,
}: {
  title: string;
  /** Shown when `prepare` finds the input invalid. */
  invalidMessage?: string | undefined;
  /** Checks the input: undefined when it is invalid, else the call that saves it. */
  prepare: () => (() => Promise<T>) | undefined;
  onSaved: (saved: T) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [isInvalid, setIsInvalid] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const save = prepare();
    if (!save) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    setIsSaving(true);
    try {
      onSaved(await save());
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form className="card directory-edit" noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <h3>{title}</h3>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      {isInvalid && invalidMessage ? <Alert>{invalidMessage}</Alert> : null}
      {children}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {t('directory.edit.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('directory.edit.cancel')}
        </Button>
      </div>
    </form>
  );
}
