import { SaveTeamRequest, type DirectoryPerson, type Team, type UserId } from '@konsiili/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { saveTeam } from './api.ts';
import { PeoplePicker } from './PeoplePicker.tsx';

/** Admins add or edit a team: name, lead, members and referral indications. */
export function TeamForm({
  team,
  people,
  onSaved,
  onCancel,
}: {
  team: Team | undefined;
  people: readonly DirectoryPerson[];
  onSaved: (team: Team) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(team?.name ?? '');
  const [leadUserId, setLeadUserId] = useState<string>(team?.leadUserId ?? '');
  const [members, setMembers] = useState<UserId[]>(team?.memberUserIds ?? []);
  const [indications, setIndications] = useState(team?.referralIndications ?? '');
  const [isInvalid, setIsInvalid] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const title = team ? t('directory.edit.teamTitle', { name: team.name }) : t('directory.edit.newTeam');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = SaveTeamRequest.safeParse({
      name,
      leadUserId,
      memberUserIds: members,
      referralIndications: indications,
    });
    if (!parsed.success) {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    setIsSaving(true);
    try {
      onSaved(await saveTeam(team?.id, parsed.data));
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
      {isInvalid ? <Alert>{t('directory.edit.teamInvalid')}</Alert> : null}
      <TextField
        label={t('directory.edit.name')}
        maxLength={120}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />
      <SelectField
        label={t('directory.teams.lead')}
        emptyLabel={t('directory.edit.choosePerson')}
        options={people.map((p) => ({ value: p.userId, label: `${p.displayName}, ${p.profession}` }))}
        value={leadUserId}
        onChange={(e) => {
          setLeadUserId(e.target.value);
        }}
      />
      <PeoplePicker
        people={people}
        selected={members}
        onChange={setMembers}
        legend={t('directory.teams.members')}
      />
      <TextAreaField
        label={t('directory.teams.indications')}
        hint={t('directory.edit.indicationsHint')}
        rows={3}
        maxLength={2000}
        value={indications}
        onChange={(e) => {
          setIndications(e.target.value);
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
