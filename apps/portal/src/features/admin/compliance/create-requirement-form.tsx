import { useMutation, useQuery } from '@apollo/client/react';
import { type Audience, catalogueCoursesQuery, createTrainingRequirementMutation, tracksQuery } from '@hocso/portal-data-access';
import { Button, CheckboxField, SelectField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../../../shared/enum-options';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';

type TargetKind = 'course' | 'track' | 'hours';

/** The most published courses offered to choose from (the catalogue's first page of the largest size). */
const COURSE_CHOICES = 100;

export function CreateRequirementForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(createTrainingRequirementMutation);
  const courses = useQuery(catalogueCoursesQuery, { variables: { first: COURSE_CHOICES } });
  const tracks = useQuery(tracksQuery);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [title, setTitle] = useState('');
  const [unit, setUnit] = useState<PickedOrgUnit | null>(null);
  const [audiences, setAudiences] = useState<Audience[]>([]);
  const [kind, setKind] = useState<TargetKind>('course');
  const [courseId, setCourseId] = useState('');
  const [trackCode, setTrackCode] = useState('');
  const [hours, setHours] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [dueWithinDays, setDueWithinDays] = useState('');
  const [recurrenceMonths, setRecurrenceMonths] = useState('');
  const [renewalWindowDays, setRenewalWindowDays] = useState('');
  const recurring = recurrenceMonths.trim() !== '';

  const toggleAudience = (audience: Audience, on: boolean) => setAudiences((current) => (on ? [...current, audience] : current.filter((value) => value !== audience)));
  const wholeOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await create({
        variables: {
          input: {
            title: title.trim(),
            orgUnitId: unit?.id ?? '',
            audiences,
            courseId: kind === 'course' ? courseId || null : null,
            trackCode: kind === 'track' ? trackCode || null : null,
            hours: kind === 'hours' ? wholeOrNull(hours) : null,
            dueAt: dueAt ? new Date(`${dueAt}T23:59:59`).toISOString() : '',
            dueWithinDays: wholeOrNull(dueWithinDays),
            recurrenceMonths: wholeOrNull(recurrenceMonths),
            renewalWindowDays: recurring ? wholeOrNull(renewalWindowDays) : null,
          },
        },
      });
      setTitle('');
      onCreated();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="create-requirement-form" className="hs-stack">
      <h3>{t('admin.compliance.createTitle')}</h3>
      <FormError error={error} />
      <TextField label={t('admin.compliance.requirementTitle')} required value={title} onChange={(event) => setTitle(event.target.value)} error={fieldError('title')} />
      <OrgUnitPicker label={t('admin.compliance.unit')} value={unit} onChange={setUnit} error={fieldError('orgUnitId') ?? undefined} />
      <fieldset>
        <legend>{t('admin.compliance.audiencesHint')}</legend>
        {AUDIENCES.map((audience) => (
          <CheckboxField key={audience} label={t(`audiences.${audience}`)} checked={audiences.includes(audience)} onChange={(event) => toggleAudience(audience, event.target.checked)} />
        ))}
      </fieldset>
      <SelectField
        label={t('admin.compliance.what')}
        value={kind}
        onChange={(event) => setKind(event.target.value as TargetKind)}
        options={(['course', 'track', 'hours'] as const).map((value) => ({ value, label: t(`admin.compliance.kind.${value}`) }))}
      />
      {kind === 'course' && (
        <SelectField
          label={t('admin.compliance.kind.course')}
          value={courseId}
          onChange={(event) => setCourseId(event.target.value)}
          error={fieldError('courseId')}
          options={[{ value: '', label: t('admin.compliance.choose') }, ...(courses.data?.courses.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }))]}
        />
      )}
      {kind === 'track' && (
        <SelectField
          label={t('admin.compliance.kind.track')}
          value={trackCode}
          onChange={(event) => setTrackCode(event.target.value)}
          error={fieldError('trackCode')}
          options={[{ value: '', label: t('admin.compliance.choose') }, ...(tracks.data?.tracks ?? []).map((track) => ({ value: track.code, label: track.title }))]}
        />
      )}
      {kind === 'hours' && <TextField label={t('admin.compliance.kind.hours')} inputMode="decimal" value={hours} onChange={(event) => setHours(event.target.value)} error={fieldError('hours')} />}
      <TextField label={t('admin.compliance.dueAt')} type="date" required value={dueAt} onChange={(event) => setDueAt(event.target.value)} error={fieldError('dueAt')} />
      <TextField label={t('admin.compliance.dueWithinDays')} inputMode="numeric" value={dueWithinDays} onChange={(event) => setDueWithinDays(event.target.value)} error={fieldError('dueWithinDays')} />
      <TextField label={t('admin.compliance.recurrenceMonths')} inputMode="numeric" value={recurrenceMonths} onChange={(event) => setRecurrenceMonths(event.target.value)} error={fieldError('recurrenceMonths')} />
      {recurring && (
        <TextField
          label={t('admin.compliance.renewalWindowDays')}
          hint={t('admin.compliance.renewalWindowHint')}
          inputMode="numeric"
          value={renewalWindowDays}
          onChange={(event) => setRenewalWindowDays(event.target.value)}
          error={fieldError('renewalWindowDays')}
          data-testid="renewal-window-days"
        />
      )}
      <Button type="submit" busy={loading} disabled={!title.trim() || !unit || !dueAt}>
        {t('admin.compliance.createAction')}
      </Button>
    </form>
  );
}
