import { useMutation, useQuery } from '@apollo/client/react';
import { useAuth } from '@hocso/portal-data-access';
import { examAttemptsQuery, examOverridesQuery, orgUnitQuery, removeExamOverrideMutation, setExamOverrideMutation, setLearnerAccommodationMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, SelectField, TextField } from '@hocso/portal-ui';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { formatDateTime } from '../shared/format';
import { OrgUnitPicker } from '../shared/org-unit-picker';
import { useManagedExam } from './exam-manage-layout';
import { distinctTakers, type Taker } from './exam-takers';
import { emptyOverride, overrideInputOf, type OverrideFormValues, timeMultiplierOf } from './override-form-model';

function UnitName({ id }: { id: string }) {
  const { data } = useQuery(orgUnitQuery, { variables: { id } });
  return <>{data?.orgUnit?.name ?? '…'}</>;
}

/** Accommodations and exceptions: for a learner or a unit's subtree; attempts in progress follow at once. */
export function ExamOverridesPage() {
  const { t, i18n } = useTranslation();
  const exam = useManagedExam();
  const { hasAnyRole } = useAuth();
  const { data, error, refetch } = useQuery(examOverridesQuery, { variables: { id: exam.id }, fetchPolicy: 'cache-and-network' });
  const attempts = useQuery(examAttemptsQuery, { variables: { examId: exam.id }, skip: !exam.allowedActions.includes('VIEW_ATTEMPTS') });
  const takers = useMemo(() => distinctTakers(attempts.data?.examAttempts ?? []), [attempts.data]);
  const [removeOverride] = useMutation(removeExamOverrideMutation);
  const removal = useDisplayError();
  const overrides = data?.exam?.overrides ?? [];
  const nameOf = (userId: string) => takers.find((taker) => taker.id === userId)?.fullName ?? userId;
  const language = i18n.language;

  const remove = async (id: string) => {
    removal.clearError();
    try {
      await removeOverride({ variables: { id } });
      await refetch();
    } catch (cause) {
      removal.showError(cause);
    }
  };

  return (
    <div className="hs-stack" data-testid="exam-overrides">
      <QueryError error={error} />
      <Card title={t('exams.overrides.title')}>
        <p className="hs-muted">{t('exams.overrides.lead')}</p>
        <FormError error={removal.error} />
        {overrides.length === 0 ? (
          <p>{t('exams.overrides.none')}</p>
        ) : (
          <ul className="hs-stack" data-testid="override-list">
            {overrides.map((override) => (
              <li key={override.id} className="hs-exam-rule" data-testid="override-row">
                <strong>{override.userId ? nameOf(override.userId) : override.orgUnitId ? <UnitName id={override.orgUnitId} /> : '—'}</strong>
                <span>
                  {[
                    override.timeMultiplier ? t('exams.overrides.timesTime', { multiplier: override.timeMultiplier }) : null,
                    override.extraAttempts ? t('exams.overrides.extraAttempts', { count: override.extraAttempts }) : null,
                    override.opensAt ? t('exams.landing.opensAt', { time: formatDateTime(override.opensAt, language) }) : null,
                    override.closesAt ? t('exams.landing.closesAt', { time: formatDateTime(override.closesAt, language) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <Button variant="danger" onClick={() => void remove(override.id)}>
                  {t('exams.overrides.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <OverrideForm examId={exam.id} takers={takers} onSaved={() => void refetch()} />
      {/* Accommodations are the learner's own, set by administrators and the learner's unit managers. */}
      {hasAnyRole('ADMIN', 'UNIT_MANAGER') && <AccommodationForm takers={takers} />}
    </div>
  );
}

function TakerSelect({ label, takers, value, error, onChange }: { label: string; takers: Taker[]; value: string; error?: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      value={value}
      error={error}
      options={[{ value: '', label: takers.length ? t('exams.overrides.chooseLearner') : t('exams.overrides.noTakers') }, ...takers.map((taker) => ({ value: taker.id, label: taker.fullName }))]}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

function OverrideForm({ examId, takers, onSaved }: { examId: string; takers: Taker[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OverrideFormValues>(emptyOverride);
  const [pickerKey, setPickerKey] = useState(0);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [setOverride, saving] = useMutation(setExamOverrideMutation);
  const set = (change: Partial<OverrideFormValues>) => {
    setDone(false);
    setValues((current) => ({ ...current, ...change }));
  };
  const errorOf = (field: string) => (localErrors[field] ? t(`exams.overrides.errors.${localErrors[field]}`) : fieldError(field) ?? fieldError(`input.${field}`));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    const result = overrideInputOf(examId, values);
    setLocalErrors(result.errors ?? {});
    if (!result.input) return;
    try {
      await setOverride({ variables: { input: result.input } });
      setValues(emptyOverride());
      setPickerKey((key) => key + 1);
      setDone(true);
      onSaved();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <Card title={t('exams.overrides.newTitle')}>
      <form className="hs-stack" onSubmit={(event) => void submit(event)} noValidate data-testid="override-form">
        <FormError error={error} />
        <SelectField
          label={t('exams.overrides.target')}
          value={values.target}
          options={[
            { value: 'user', label: t('exams.overrides.targetUser') },
            { value: 'orgUnit', label: t('exams.overrides.targetUnit') },
          ]}
          onChange={(event) => set({ target: event.target.value as OverrideFormValues['target'] })}
        />
        {values.target === 'user' ? (
          <TakerSelect label={t('exams.overrides.learner')} takers={takers} value={values.userId} error={errorOf('userId')} onChange={(userId) => set({ userId })} />
        ) : (
          <>
            <OrgUnitPicker key={pickerKey} label={t('exams.overrides.unit')} onChange={(unit) => set({ orgUnitId: unit?.id ?? '' })} />
            {errorOf('orgUnitId') && (
              <p className="hs-field__error" role="alert">
                {errorOf('orgUnitId')}
              </p>
            )}
          </>
        )}
        <div className="hs-grid">
          <TextField label={t('exams.overrides.timeMultiplier')} hint={t('exams.overrides.timeMultiplierHint')} inputMode="decimal" value={values.timeMultiplier} error={errorOf('timeMultiplier')} onChange={(event) => set({ timeMultiplier: event.target.value })} />
          <TextField label={t('exams.overrides.extraAttemptsLabel')} inputMode="numeric" value={values.extraAttempts} error={errorOf('extraAttempts')} onChange={(event) => set({ extraAttempts: event.target.value })} />
          <TextField label={t('exams.editor.opensAt')} type="datetime-local" value={values.opensAt} error={errorOf('opensAt')} onChange={(event) => set({ opensAt: event.target.value })} />
          <TextField label={t('exams.editor.closesAt')} type="datetime-local" value={values.closesAt} error={errorOf('closesAt')} onChange={(event) => set({ closesAt: event.target.value })} />
        </div>
        {done && <Alert tone="success">{t('exams.overrides.saved')}</Alert>}
        <Button type="submit" busy={saving.loading} data-testid="override-save">
          {t('exams.overrides.save')}
        </Button>
      </form>
    </Card>
  );
}

function AccommodationForm({ takers }: { takers: Taker[] }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [multiplier, setMultiplier] = useState('1.5');
  const [note, setNote] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { error, showError, clearError } = useDisplayError();
  const [setAccommodation, saving] = useMutation(setLearnerAccommodationMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setDone(false);
    const value = timeMultiplierOf(multiplier);
    if (!userId) return setLocalError(t('exams.overrides.errors.targetRequired'));
    if (value === null) return setLocalError(t('exams.overrides.errors.multiplier'));
    setLocalError(null);
    try {
      await setAccommodation({ variables: { userId, timeMultiplier: value, note: note.trim() || null } });
      setDone(true);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <Card title={t('exams.overrides.accommodationTitle')}>
      <form className="hs-stack" onSubmit={(event) => void submit(event)} noValidate>
        <p className="hs-muted">{t('exams.overrides.accommodationLead')}</p>
        <FormError error={error} />
        {localError && <Alert tone="error">{localError}</Alert>}
        <TakerSelect label={t('exams.overrides.learner')} takers={takers} value={userId} onChange={setUserId} />
        <TextField label={t('exams.overrides.timeMultiplier')} hint={t('exams.overrides.timeMultiplierHint')} inputMode="decimal" value={multiplier} onChange={(event) => setMultiplier(event.target.value)} />
        <TextField label={t('exams.overrides.note')} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
        {done && <Alert tone="success">{t('exams.overrides.accommodationSaved')}</Alert>}
        <Button type="submit" busy={saving.loading}>
          {t('exams.overrides.accommodationSave')}
        </Button>
      </form>
    </Card>
  );
}
