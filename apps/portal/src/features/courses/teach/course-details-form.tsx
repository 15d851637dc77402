import { useQuery } from '@apollo/client/react';
import { courseTracksQuery } from '@hocso/portal-data-access';
import { Button, CheckboxField, TextAreaField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { useTrackText } from '../shared/localized-track';
import { type CourseDetailsValues, parseHours } from './course-details-model';
import { PrerequisitePicker } from './prerequisite-picker';

export interface CourseDetailsFormProps {
  initial: CourseDetailsValues;
  creating: boolean;
  locked?: boolean;
  submitLabel: string;
  onSubmit(values: CourseDetailsValues): Promise<void>;
}

export function CourseDetailsForm({ initial, creating, locked = false, submitLabel, onSubmit }: CourseDetailsFormProps) {
  const { t } = useTranslation();
  const trackText = useTrackText();
  const tracks = useQuery(courseTracksQuery);
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, showError, clearError, fieldError } = useDisplayError();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setSaved(false);
    if (Number.isNaN(parseHours(values.hours))) {
      showError({ errors: [{ message: t('courses.editor.details.hoursInvalid'), extensions: { code: 'BAD_USER_INPUT', field: 'hours' } }] });
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
      setSaved(true);
    } catch (cause) {
      showError(cause);
    } finally {
      setSaving(false);
    }
  };

  const set = (patch: Partial<CourseDetailsValues>) => {
    setSaved(false);
    setValues({ ...values, ...patch });
  };

  return (
    <form className="hs-stack hs-course-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="course-details-form">
      <FormError error={error} />
      <TextField
        label={t('courses.editor.details.code')}
        hint={creating ? t('courses.editor.details.codeHint') : t('courses.editor.details.codeFixed')}
        value={values.code}
        readOnly={!creating}
        required
        autoCapitalize="characters"
        error={fieldError('code')}
        onChange={(event) => set({ code: event.target.value })}
        data-testid="course-code"
      />
      <TextField label={t('courses.editor.details.title')} value={values.title} required maxLength={255} error={fieldError('title')} onChange={(event) => set({ title: event.target.value })} data-testid="course-title" />
      <TextAreaField label={t('courses.editor.details.summary')} value={values.summary} rows={4} required error={fieldError('summary')} onChange={(event) => set({ summary: event.target.value })} data-testid="course-summary" />
      <TextField
        label={t('courses.editor.details.hours')}
        hint={t('courses.editor.details.hoursHint')}
        value={values.hours}
        inputMode="decimal"
        required
        error={fieldError('hours')}
        onChange={(event) => set({ hours: event.target.value })}
        data-testid="course-hours-input"
      />
      {creating && (
        <TextField
          label={t('courses.editor.details.coverImageUrl')}
          type="url"
          inputMode="url"
          value={values.coverImageUrl}
          error={fieldError('coverImageUrl')}
          onChange={(event) => set({ coverImageUrl: event.target.value })}
          data-testid="course-cover"
        />
      )}
      <fieldset className="hs-fieldset">
        <legend>{t('courses.editor.details.tracks')}</legend>
        <p className="hs-field__hint">{t('courses.editor.details.tracksHint')}</p>
        {(fieldError('tracks') ?? fieldError('trackCodes')) && (
          <p className="hs-field__error" role="alert">
            {fieldError('tracks') ?? fieldError('trackCodes')}
          </p>
        )}
        {tracks.data?.tracks.map((track) => {
          const choice = values.tracks[track.code] ?? { selected: false, position: '', mandatory: false };
          const update = (patch: Partial<typeof choice>) => set({ tracks: { ...values.tracks, [track.code]: { ...choice, ...patch } } });
          return (
            <div key={track.id} className="hs-track-choice" data-testid="course-track-choice" data-track-code={track.code}>
              <CheckboxField label={trackText.title(track)} checked={choice.selected} onChange={(event) => update({ selected: event.target.checked })} data-testid="course-track-selected" />
              {choice.selected && (
                <div className="hs-row hs-track-choice__details">
                  <TextField
                    label={t('courses.editor.details.trackPosition')}
                    inputMode="numeric"
                    value={choice.position}
                    placeholder={t('courses.editor.details.trackPositionEnd')}
                    onChange={(event) => update({ position: event.target.value.replace(/\D/g, '') })}
                    data-testid="course-track-position"
                  />
                  <CheckboxField label={t('courses.editor.details.trackMandatory')} checked={choice.mandatory} onChange={(event) => update({ mandatory: event.target.checked })} data-testid="course-track-mandatory" />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <PrerequisitePicker
        codes={values.prerequisiteCodes}
        ownCode={values.code}
        error={fieldError('prerequisiteCodes')}
        onChange={(prerequisiteCodes) => set({ prerequisiteCodes })}
      />
      <div className="hs-row">
        <Button type="submit" busy={saving} disabled={locked} data-testid="course-save">
          {submitLabel}
        </Button>
        {saved && (
          <span role="status" className="hs-muted" data-testid="course-saved">
            {t('courses.editor.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
