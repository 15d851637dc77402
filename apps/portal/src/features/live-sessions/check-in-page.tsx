import { useMutation, useQuery } from '@apollo/client/react';
import { checkInToLiveSessionMutation, liveSessionQuery } from '@hocso/portal-data-access';
import { Alert, Button, TextField } from '@hocso/portal-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { useDisplayError } from '../../shared/use-display-error';
import { formatHours } from '../courses/shared/format-hours';

/**
 * The attendee's check-in, on their phone: the QR code on the organiser's screen opens this page with the code
 * in its address, and it checks in at once; otherwise the six digits are typed.
 */
export function CheckInPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState(search.get('code') ?? '');
  const { error: checkInError, showError, clearError, fieldError } = useDisplayError();
  const { data, error } = useQuery(liveSessionQuery, { variables: { id } });
  const [checkIn, { loading }] = useMutation(checkInToLiveSessionMutation);
  const scanned = useRef(false);
  const session = data?.liveSession;

  const submit = async (typed: string) => {
    clearError();
    try {
      await checkIn({ variables: { id, code: typed } });
    } catch (cause) {
      showError(cause);
    }
  };
  useEffect(() => {
    const fromQr = search.get('code');
    if (!fromQr || scanned.current || !session || session.attended) return;
    scanned.current = true;
    void submit(fromQr);
    // A scanned code is sent once, when the session is known.
  }, [session]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(code);
  };

  return (
    <>
      <PageTitle title={t('liveSessions.checkIn.title')} />
      <QueryError error={error} />
      {session && <p>{`${t(`liveSessions.kind.${session.kind}`)}: ${session.title}`}</p>}
      {session?.attended ? (
        <Alert tone="success" data-testid="check-in-done">
          {t('liveSessions.checkIn.done', { hours: formatHours(session.creditedHours, i18n.language) })}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <TextField
            label={t('liveSessions.checkIn.code')}
            hint={t('liveSessions.checkIn.hint')}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={20}
            error={fieldError('code')}
            data-testid="check-in-code"
          />
          <FormError error={checkInError} />
          <Button type="submit" busy={loading} fullWidth data-testid="check-in-submit">
            {t('liveSessions.checkIn.submit')}
          </Button>
        </form>
      )}
      <p>
        <Link to={`/sessions/${id}`}>{t('liveSessions.checkIn.back')}</Link>
      </p>
    </>
  );
}
