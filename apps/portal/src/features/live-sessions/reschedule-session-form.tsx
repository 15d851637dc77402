import { useMutation } from '@apollo/client/react';
import { type LiveSessionCardFieldsFragment, rescheduleLiveSessionMutation } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { type SessionTimePlace, SessionTimePlaceFields } from './session-time-place-fields';
import { isoToVietnamTimeInput, vietnamTimeToIso } from './vietnam-time-input';

type Session = Pick<LiveSessionCardFieldsFragment, 'id' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl'>;

/** Moving a session to another time or place; every registrant is told. Opened by the organiser when needed. */
export function RescheduleSessionForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [when, setWhen] = useState<SessionTimePlace>({ startsAt: '', endsAt: '', place: '', onlineUrl: '' });
  const [reschedule, { loading }] = useMutation(rescheduleLiveSessionMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();

  const openForm = () => {
    setWhen({
      startsAt: isoToVietnamTimeInput(String(session.startsAt)),
      endsAt: isoToVietnamTimeInput(String(session.endsAt)),
      place: session.place ?? '',
      onlineUrl: session.onlineUrl ?? '',
    });
    setDone(false);
    setOpen(true);
  };
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await reschedule({
        variables: {
          id: session.id,
          input: { startsAt: vietnamTimeToIso(when.startsAt), endsAt: vietnamTimeToIso(when.endsAt), place: when.place.trim() || null, onlineUrl: when.onlineUrl.trim() || null },
        },
      });
      setOpen(false);
      setDone(true);
    } catch (cause) {
      showError(cause);
    }
  };
  if (!open) {
    return (
      <>
        {done && (
          <p role="status" className="hs-alert hs-alert--success">
            {t('liveSessions.reschedule.done')}
          </p>
        )}
        <Button variant="secondary" onClick={openForm} data-testid="session-reschedule-open">
          {t('liveSessions.reschedule.open')}
        </Button>
      </>
    );
  }
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack" data-testid="session-reschedule-form">
      <FormError error={error} />
      <p className="hs-muted">{t('liveSessions.reschedule.hint')}</p>
      <SessionTimePlaceFields values={when} onChange={(change) => setWhen((current) => ({ ...current, ...change }))} fieldError={fieldError} testIdPrefix="session-reschedule" />
      <div className="hs-actions">
        <Button type="submit" busy={loading} data-testid="session-reschedule-confirm">
          {t('liveSessions.reschedule.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('liveSessions.reschedule.keep')}
        </Button>
      </div>
    </form>
  );
}
