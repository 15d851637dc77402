import { useQuery } from '@apollo/client/react';
import { orgUnitsQuery } from '@hocso/portal-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@hocso/portal-ui';

export interface PickedUnit {
  id: string;
  name: string;
}

export interface OrgUnitPickerProps {
  label: string;
  onChange(unit: PickedUnit | null): void;
  testId?: string;
}

function UnitLevel({ parentId, label, chosenId, onChoose }: { parentId: string | null; label: string; chosenId: string; onChoose(unit: PickedUnit | null): void }) {
  const { t } = useTranslation();
  const { data } = useQuery(orgUnitsQuery, { variables: { parentId } });
  const units = data?.orgUnits ?? [];
  if (units.length === 0) return null;
  return (
    <SelectField
      label={label}
      value={chosenId}
      options={[{ value: '', label: t('exams.orgUnitPicker.none') }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
      onChange={(event) => {
        const unit = units.find((each) => each.id === event.target.value);
        onChoose(unit ? { id: unit.id, name: unit.name } : null);
      }}
    />
  );
}

/** An org unit chosen level by level (province → district → commune…): light on a phone, no whole tree loaded. */
/** Uncontrolled: give it a new `key` to start again. */
export function OrgUnitPicker({ label, onChange, testId }: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const [trail, setTrail] = useState<PickedUnit[]>([]);
  const choose = (depth: number, unit: PickedUnit | null) => {
    const next = [...trail.slice(0, depth), ...(unit ? [unit] : [])];
    setTrail(next);
    onChange(next[next.length - 1] ?? null);
  };
  return (
    <fieldset className="hs-stack hs-exam-answer" data-testid={testId}>
      <legend>{label}</legend>
      {[null, ...trail].map((parent, depth) => (
        <UnitLevel
          key={parent?.id ?? 'root'}
          parentId={parent?.id ?? null}
          label={depth === 0 ? t('exams.orgUnitPicker.top') : t('exams.orgUnitPicker.inside', { name: parent?.name ?? '' })}
          chosenId={trail[depth]?.id ?? ''}
          onChoose={(unit) => choose(depth, unit)}
        />
      ))}
    </fieldset>
  );
}
