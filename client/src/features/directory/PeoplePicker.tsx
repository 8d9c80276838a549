import type { DirectoryPerson, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';

/** A labelled group of checkboxes, one per person, for team members and target pools. */
export function PeoplePicker({
  legend,
  people,
  selected,
  onChange,
}: {
  legend: string;
  people: readonly DirectoryPerson[];
  selected: readonly UserId[];
  onChange: (selected: UserId[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {people.length === 0 ? <p className="field__hint">{t('directory.edit.noPeople')}</p> : null}
      <div className="checkbox-group__items">
        {people.map((person) => (
          <label key={person.userId} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(person.userId)}
              onChange={(e) => {
                onChange(
                  e.target.checked
                    ? [...selected, person.userId]
                    : selected.filter((id) => id !== person.userId),
                );
              }}
            />
            <span>
              {person.displayName}, {person.profession}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
