import type { DirectoryPerson } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField.tsx';
import { updatePerson } from './api.ts';
import { EditForm } from './EditForm.tsx';
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

  return (
    <EditForm
      title={t('directory.edit.personTitle', { name: person.displayName })}
      prepare={() => () => updatePerson(person.userId, { tasks: parseTags(tasks), areas: parseTags(areas) })}
      onSaved={onSaved}
      onCancel={onCancel}
    >
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
    </EditForm>
  );
}
