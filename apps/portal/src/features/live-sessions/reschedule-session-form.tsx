import { useMutation } from '@apollo/client/react';
import { type LiveSessionCardFieldsFragment, rescheduleLiveSessionMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { isoToVietnamTimeInput, vietnamTimeToIso } from './vietnam-time-input';

type Session = Pick<LiveSessionCardFieldsFragment, 'id' | 'startsAt' | 'endsAt' | 'place' | 'onlineUrl'>;

/** Moving a session to another time or place; every registrant is told. Opened by the organiser when needed. */
export function RescheduleSessionForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [reschedule, { loading }] = useMutation(rescheduleLiveSessionMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();

  const openForm = () => {
    setStartsAt(isoToVietnamTimeInput(String(session.startsAt)));
    setEndsAt(isoToVietnamTimeInput(String(session.endsAt)));
    setPlace(session.place ?? '');
    setOnlineUrl(session.onlineUrl ?? '');
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
          input: { startsAt: vietnamTimeToIso(startsAt), endsAt: vietnamTimeToIso(endsAt), place: place.trim() || null, onlineUrl: onlineUrl.trim() || null },
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
      <TextField
        label={t('liveSessions.reschedule.startsAt')}
        hint={t('liveSessions.create.timeHint')}
        type="datetime-local"
        required
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        error={fieldError('startsAt')}
        data-testid="session-reschedule-starts"
      />
      <TextField label={t('liveSessions.reschedule.endsAt')} type="datetime-local" required value={endsAt} onChange={(event) => setEndsAt(event.target.value)} error={fieldError('endsAt')} data-testid="session-reschedule-ends" />
      <TextField label={t('liveSessions.reschedule.place')} value={place} onChange={(event) => setPlace(event.target.value)} error={fieldError('place')} data-testid="session-reschedule-place" />
      <TextField label={t('liveSessions.reschedule.onlineUrl')} type="url" inputMode="url" value={onlineUrl} onChange={(event) => setOnlineUrl(event.target.value)} error={fieldError('onlineUrl')} />
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
