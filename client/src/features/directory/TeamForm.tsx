import { SaveTeamRequest, type DirectoryPerson, type Team, type UserId } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { saveTeam } from './api.ts';
import { EditForm } from './EditForm.tsx';
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
  const title = team ? t('directory.edit.teamTitle', { name: team.name }) : t('directory.edit.newTeam');

  function prepare() {
    const parsed = SaveTeamRequest.safeParse({
      name,
      leadUserId,
      memberUserIds: members,
      referralIndications: indications,
    });
    return parsed.success ? () => saveTeam(team?.id, parsed.data) : undefined;
  }

  return (
    <EditForm
      title={title}
      invalidMessage={t('directory.edit.teamInvalid')}
      prepare={prepare}
      onSaved={onSaved}
      onCancel={onCancel}
    >
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
    </EditForm>
  );
}
