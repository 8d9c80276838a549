import {
  SaveTargetRequest,
  TargetKind,
  type ConsultTarget,
  type DirectoryPerson,
  type DutyHours,
  type UserId,
} from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { saveTarget } from './api.ts';
import { EditForm } from './EditForm.tsx';
import { PeoplePicker } from './PeoplePicker.tsx';

const KINDS = Object.values(TargetKind);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Admins add or edit a consultation target: kind, name, lead, pool and weekly duty hours. */
export function TargetForm({
  target,
  people,
  onSaved,
  onCancel,
}: {
  target: ConsultTarget | undefined;
  people: readonly DirectoryPerson[];
  onSaved: (target: ConsultTarget) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? TargetKind.SPECIALTY);
  const [name, setName] = useState(target?.name ?? '');
  const [description, setDescription] = useState(target?.description ?? '');
  const [leadUserId, setLeadUserId] = useState<string>(target?.leadUserId ?? '');
  const [pool, setPool] = useState<UserId[]>(target?.consultantUserIds ?? []);
  const [hours, setHours] = useState<DutyHours[]>(target?.dutyHours ?? []);
  const title = target
    ? t('directory.edit.targetTitle', { name: target.name })
    : t('directory.edit.newTarget');

  function setSlot(index: number, change: Partial<DutyHours>) {
    setHours((list) => list.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  }

  function prepare() {
    const parsed = SaveTargetRequest.safeParse({
      kind,
      name,
      ...(description.trim() ? { description } : {}),
      leadUserId,
      consultantUserIds: pool,
      dutyHours: hours,
    });
    if (!parsed.success || hours.some((slot) => slot.end <= slot.start)) return undefined;
    return () => saveTarget(target?.id, parsed.data);
  }

  return (
    <EditForm
      title={title}
      invalidMessage={t('directory.edit.targetInvalid')}
      prepare={prepare}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      <SelectField
        label={t('directory.edit.kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`directory.targetKinds.${k}`) }))}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as TargetKind);
        }}
      />
      <TextField
        label={t('directory.edit.name')}
        maxLength={120}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />
      <TextAreaField
        label={t('directory.edit.description')}
        hint={t('directory.edit.optional')}
        rows={2}
        maxLength={1000}
        value={description}
        onChange={(e) => {
          setDescription(e.target.value);
        }}
      />
      <SelectField
        label={t('directory.targets.lead')}
        emptyLabel={t('directory.edit.choosePerson')}
        options={people.map((p) => ({ value: p.userId, label: `${p.displayName}, ${p.profession}` }))}
        value={leadUserId}
        onChange={(e) => {
          setLeadUserId(e.target.value);
        }}
      />
      <PeoplePicker legend={t('directory.targets.pool')} people={people} selected={pool} onChange={setPool} />
      <fieldset className="checkbox-group">
        <legend>{t('directory.targets.dutyHours')}</legend>
        {hours.map((slot, index) => (
          <div key={index} className="duty-slot">
            <SelectField
              label={t('directory.edit.weekday')}
              options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`directory.weekdays.${d}`) }))}
              value={String(slot.weekday)}
              onChange={(e) => {
                setSlot(index, { weekday: Number(e.target.value) });
              }}
            />
            <TextField
              label={t('directory.edit.start')}
              type="time"
              value={slot.start}
              onChange={(e) => {
                setSlot(index, { start: e.target.value });
              }}
            />
            <TextField
              label={t('directory.edit.end')}
              type="time"
              value={slot.end}
              onChange={(e) => {
                setSlot(index, { end: e.target.value });
              }}
            />
            <Button
              variant="quiet"
              onClick={() => {
                setHours((list) => list.filter((_, i) => i !== index));
              }}
            >
              {t('directory.edit.removeSlot')}
            </Button>
          </div>
        ))}
        <Button
          onClick={() => {
            setHours((list) => [...list, { weekday: 1, start: '08:00', end: '16:00' }]);
          }}
        >
          {t('directory.edit.addSlot')}
        </Button>
      </fieldset>
    </EditForm>
  );
}
