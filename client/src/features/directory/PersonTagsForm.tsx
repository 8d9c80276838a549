import type { DirectoryPerson } from '@konsiili/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { updatePerson } from './api.ts';
import { parseTags } from './tags.ts';

/** Admins set a person's tasks and areas, each as a comma-separated line. */
export function PersonTagsForm({
  person,
  onSaved,
  onCancel,
}: {
  person: DirectoryPerson;
  onSaved: (person: DirectoryPerson) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [tasks, setTasks] = useState(person.tasks.join(', '));
  const [areas, setAreas] = useState(person.areas.join(', '));
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaving(true);
    try {
      onSaved(await updatePerson(person.userId, { tasks: parseTags(tasks), areas: parseTags(areas) }));
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form
      className="card directory-edit"
      noValidate
      aria-label={t('directory.edit.personTitle', { name: person.displayName })}
      onSubmit={(e) => void submit(e)}
    >
      <h3>{t('directory.edit.personTitle', { name: person.displayName })}</h3>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      <TextField
        label={t('directory.people.tasks')}
        hint={t('directory.edit.tagsHint')}
        value={tasks}
        autoFocus
        onChange={(e) => {
          setTasks(e.target.value);
        }}
      />
      <TextField
        label={t('directory.people.areas')}
        hint={t('directory.edit.tagsHint')}
        value={areas}
        onChange={(e) => {
          setAreas(e.target.value);
        }}
      />
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
