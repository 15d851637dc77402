import { useMutation, useQuery } from '@apollo/client/react';
import { myReminderPreferencesQuery, setReminderPreferencesMutation } from '@hocso/portal-data-access';
import { CheckboxField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

/** Muting the optional training reminders (14 and 3 days before); "assigned" and "overdue" always come. */
export function ReminderPreferencesForm() {
  const { t } = useTranslation();
  const { data } = useQuery(myReminderPreferencesQuery);
  const [save, { loading }] = useMutation(setReminderPreferencesMutation, { refetchQueries: [myReminderPreferencesQuery] });
  const { error, showError, clearError } = useDisplayError();
  const change = async (muteOptional: boolean) => {
    clearError();
    try {
      await save({ variables: { muteOptional } });
    } catch (cause) {
      showError(cause);
    }
  };
  return (
    <section className="hs-stack" aria-labelledby="reminder-preferences-title">
      <h2 id="reminder-preferences-title">{t('profile.reminders.title')}</h2>
      <FormError error={error} />
      <CheckboxField
        label={t('profile.reminders.muteOptional')}
        checked={data?.myReminderPreferences.muteOptional ?? false}
        disabled={!data || loading}
        onChange={(event) => void change(event.target.checked)}
        data-testid="mute-optional-reminders"
      />
      <p className="hs-muted">{t('profile.reminders.hint')}</p>
    </section>
  );
}
