import { Button, TextField, Tree } from '@hocso/portal-ui';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeOrgUnit, matchesOrgUnitFilter } from './org-unit-label';
import { useOrgUnitBranches, type OrgUnitSummary } from './use-org-unit-branches';

export interface PickedOrgUnit {
  id: string;
  code: string;
  name: string;
}

export interface OrgUnitPickerProps {
  label: string;
  value: PickedOrgUnit | null;
  onChange: (unit: PickedOrgUnit | null) => void;
  clearLabel?: string;
  placeholder?: string;
  excludeId?: string;
  error?: string;
}

const MAX_MATCHES = 20;

export function OrgUnitPicker({ label, value, onChange, clearLabel, placeholder, excludeId, error }: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const describe = useCallback((unit: OrgUnitSummary) => describeOrgUnit(t, unit), [t]);
  const branches = useOrgUnitBranches(describe);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState(false);
  const headingId = useId();

  const pick = (unit: OrgUnitSummary | undefined) => {
    if (!unit || unit.id === excludeId) return;
    onChange({ id: unit.id, code: unit.code, name: unit.name });
    setOpen(false);
    setFilter('');
  };

  const matches = filter.trim()
    ? branches
        .loadedUnits()
        .filter((unit) => unit.id !== excludeId && matchesOrgUnitFilter(unit, filter))
        .slice(0, MAX_MATCHES)
    : [];

  return (
    <fieldset className="hs-picker" aria-labelledby={headingId}>
      <legend id={headingId} className="hs-field__label">
        {label}
      </legend>
      <div className="hs-row">
        <span className="hs-picker__value" data-testid="org-unit-picker-value">
          {value ? `${value.name} (${value.code})` : (placeholder ?? clearLabel ?? t('admin.orgUnits.pickerNone'))}
        </span>
        <Button variant="secondary" onClick={() => setOpen((previous) => !previous)} aria-expanded={open}>
          {open ? t('common.close') : t('admin.orgUnits.pickerChoose')}
        </Button>
        {value && clearLabel && (
          <Button variant="link" onClick={() => onChange(null)}>
            {clearLabel}
          </Button>
        )}
      </div>
      {error && (
        <p className="hs-field__error" role="alert">
          {error}
        </p>
      )}
      {open && (
        <div className="hs-picker__panel">
          <TextField
            label={t('admin.orgUnits.pickerFilter')}
            hint={t('admin.orgUnits.pickerFilterHint')}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="org-unit-picker-filter"
          />
          {filter.trim() ? (
            matches.length > 0 ? (
              <ul className="hs-picker__matches">
                {matches.map((unit) => (
                  <li key={unit.id}>
                    <Button variant="secondary" fullWidth onClick={() => pick(unit)} data-testid="org-unit-picker-match" data-code={unit.code}>
                      {unit.name} ({unit.code})
                    </Button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="hs-muted">{t('admin.orgUnits.pickerNoMatch')}</p>
            )
          ) : (
            <Tree
              label={label}
              roots={branches.roots}
              getChildren={branches.getChildren}
              expandedIds={branches.expandedIds}
              selectedId={value?.id ?? null}
              onToggle={branches.toggle}
              onSelect={(id) => pick(branches.findUnit(id))}
              loadingLabel={t('common.loading')}
            />
          )}
        </div>
      )}
    </fieldset>
  );
}
