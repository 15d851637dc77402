import { useMutation, useQuery } from '@apollo/client/react';
import { cancelLiveSessionRegistrationMutation, liveSessionQuery, registerForLiveSessionMutation, useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card } from '@hocso/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { useDisplayError } from '../../shared/use-display-error';
import { downloadBlob } from '../question-bank/download-text';
import { CancelSessionForm } from './cancel-session-form';
import { RescheduleSessionForm } from './reschedule-session-form';
import { SessionAttendees } from './session-attendees';
import { SessionSummary } from './session-summary';

/** One session: when and where, registration, its calendar file, and the way to check in (or to the organiser's QR screen). */
export function LiveSessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { getAccessToken } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const { error: actionError, showError, clearError } = useDisplayError();
  const [downloading, setDownloading] = useState(false);
  const { data, loading, error } = useQuery(liveSessionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [register, registering] = useMutation(registerForLiveSessionMutation);
  const [cancel, cancelling] = useMutation(cancelLiveSessionRegistrationMutation);
  const session = data?.liveSession;

  const act = async (run: () => Promise<unknown>) => {
    clearError();
    try {
      await run();
    } catch (cause) {
      showError(cause);
    }
  };
  const downloadCalendar = (of: { calendarPath: string; title: string }) =>
    act(async () => {
      setDownloading(true);
      try {
        const token = getAccessToken();
        const response = await fetch(of.calendarPath, { headers: token ? { authorization: `Bearer ${token}`, 'accept-language': document.documentElement.lang || 'vi' } : {} });
        if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { name: 'ServerError', statusCode: response.status });
        downloadBlob(await response.blob(), `${of.title}.ics`);
      } finally {
        setDownloading(false);
      }
    });

  // The calendar link of a reminder (`?calendar=ics`) saves the file once the session is read.
  const calendarAsked = searchParams.get('calendar') === 'ics';
  const sessionRead = session ? { calendarPath: session.calendarPath, title: session.title } : null;
  useEffect(() => {
    if (!calendarAsked || !sessionRead) return;
    setSearchParams({}, { replace: true });
    void downloadCalendar(sessionRead);
    // Once per link opened: the session read is what it waits for.
  }, [calendarAsked, sessionRead?.calendarPath]);

  if (!session) return <>{loading ? <p role="status">{t('common.loading')}</p> : <QueryError error={error} />}</>;
  const can = (action: string) => session.allowedActions.includes(action as never);

  return (
    <>
      <PageTitle title={`${t(`liveSessions.kind.${session.kind}`)}: ${session.title}`} />
      <Card data-testid="session-details">
        <SessionSummary session={session} />
        {session.description && <p>{session.description}</p>}
        {session.cohort && <p>{t('liveSessions.page.cohort', { name: session.cohort.name })}</p>}
        {session.course && (
          <p>
            <Link to={`/courses/${session.course.id}`}>{t('liveSessions.page.course', { title: session.course.title })}</Link>
          </p>
        )}
        {session.allowWalkIn && !session.cancelledAt && <p className="hs-muted">{t('liveSessions.page.walkIn')}</p>}
        <p className="hs-muted" data-testid="session-counts">
          {t('liveSessions.page.counts', { registered: session.registeredCount, attended: session.attendedCount })}
        </p>
      </Card>
      {session.cancelledAt && (
        <Alert tone="error" data-testid="session-cancelled">
          {t('liveSessions.page.cancelled', { reason: session.cancelReason ?? '' })}
        </Alert>
      )}
      <FormError error={actionError} />
      <div className="hs-actions">
        {can('REGISTER') && (
          <Button busy={registering.loading} onClick={() => void act(() => register({ variables: { id } }))} data-testid="session-register">
            {t('liveSessions.page.register')}
          </Button>
        )}
        {can('CANCEL_REGISTRATION') && (
          <Button variant="secondary" busy={cancelling.loading} onClick={() => void act(() => cancel({ variables: { id } }))} data-testid="session-cancel">
            {t('liveSessions.page.cancel')}
          </Button>
        )}
        {can('CHECK_IN') && (
          <Link className="hs-button hs-button--primary" to={`/sessions/${id}/check-in`} data-testid="session-check-in">
            {t('liveSessions.page.checkIn')}
          </Link>
        )}
        {session.onlineUrl && !session.cancelledAt && (
          <a className="hs-button hs-button--secondary" href={session.onlineUrl} target="_blank" rel="noopener noreferrer">
            {t('liveSessions.page.joinOnline')}
          </a>
        )}
        <Button variant="secondary" busy={downloading} onClick={() => void downloadCalendar(session)} data-testid="session-calendar">
          {t('liveSessions.page.calendar')}
        </Button>
        {can('SHOW_CHECK_IN_CODE') && (
          <Link className="hs-button hs-button--secondary" to={`/sessions/${id}/screen`} data-testid="session-screen">
            {t('liveSessions.page.screen')}
          </Link>
        )}
      </div>
      {can('RESCHEDULE') && <RescheduleSessionForm session={session} />}
      {can('CANCEL') && <CancelSessionForm sessionId={id} />}
      {can('VIEW_ATTENDEES') && <SessionAttendees sessionId={id} />}
    </>
  );
}
