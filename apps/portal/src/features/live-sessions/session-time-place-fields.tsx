import { TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export interface SessionTimePlace {
  /** datetime-local values, read as Vietnam's time. */
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
}

/** When and where a session takes place, as the new-session and reschedule forms ask for it. */
export function SessionTimePlaceFields({
  values,
  onChange,
  fieldError,
  testIdPrefix,
}: {
  values: SessionTimePlace;
  onChange: (change: Partial<SessionTimePlace>) => void;
  fieldError: (field: string) => string | undefined;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('liveSessions.create.startsAt')}
        hint={t('liveSessions.create.timeHint')}
        type="datetime-local"
        required
        value={values.startsAt}
        onChange={(event) => onChange({ startsAt: event.target.value })}
        error={fieldError('startsAt')}
        data-testid={`${testIdPrefix}-starts`}
      />
      <TextField label={t('liveSessions.create.endsAt')} type="datetime-local" required value={values.endsAt} onChange={(event) => onChange({ endsAt: event.target.value })} error={fieldError('endsAt')} data-testid={`${testIdPrefix}-ends`} />
      <TextField label={t('liveSessions.create.place')} hint={t('liveSessions.create.placeHint')} value={values.place} onChange={(event) => onChange({ place: event.target.value })} error={fieldError('place')} data-testid={`${testIdPrefix}-place`} />
      <TextField label={t('liveSessions.create.onlineUrl')} type="url" inputMode="url" value={values.onlineUrl} onChange={(event) => onChange({ onlineUrl: event.target.value })} error={fieldError('onlineUrl')} data-testid={`${testIdPrefix}-online`} />
    </>
  );
}
