import { useMutation, useQuery } from '@apollo/client/react';
import { examLandingQuery, startAttemptMutation, useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { formatDateTime, formatPercent, minutesOf } from '../shared/format';
import { attemptAvailability } from './attempt-availability';
import { waitingRoomRefusal, waitingRoomTurn, type WaitingRoomTurn } from './waiting-room';
import { WaitingRoomPanel } from './waiting-room-panel';

/** What the learner reads before starting: instructions, rules of the exam, attempts left, and start or resume. */
export function ExamLandingPage() {
  const { t, i18n } = useTranslation();
  const { examId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useAuth();
  const { data, loading, error } = useQuery(examLandingQuery, { variables: { id: examId }, fetchPolicy: 'cache-and-network', skip: !me });
  const [startAttempt, starting] = useMutation(startAttemptMutation);
  const { error: startError, showError, clearError } = useDisplayError();
  const [waitingTurn, setWaitingTurn] = useState<WaitingRoomTurn | null>(null);
  const exam = data?.exam;
  const language = i18n.language;

  if (!me) {
    return (
      <Alert tone="info">
        {t('exams.landing.signInFirst')}{' '}
        <Link to="/sign-in" state={{ from: location.pathname }}>
          {t('nav.signIn')}
        </Link>
      </Alert>
    );
  }
  if (loading && !exam) return <p role="status">{t('common.loading')}</p>;
  if (!exam) {
    return (
      <>
        <PageTitle title={t('exams.landing.notFound')} />
        <QueryError error={error} />
      </>
    );
  }

  const attempts = data?.myAttempts ?? [];
  const inProgress = attempts.find((attempt) => attempt.state === 'IN_PROGRESS') ?? null;
  const availability = attemptAvailability({
    canTake: exam.allowedActions.includes('TAKE'),
    opensAt: exam.opensAt ?? null,
    closesAt: exam.closesAt ?? null,
    attemptsLeft: exam.myAttemptsLeft ?? null,
    nextAttemptAt: exam.myNextAttemptAt ?? null,
    inProgressAttemptId: inProgress?.id ?? null,
    nowMs: Date.now(),
  });

  const start = async () => {
    clearError();
    try {
      const result = await startAttempt({ variables: { examId: exam.id } });
      const attempt = result.data?.startAttempt;
      if (attempt) await navigate(`/exams/${exam.id}/attempts/${attempt.id}`);
    } catch (cause) {
      const refusal = waitingRoomRefusal(cause);
      if (refusal) {
        setWaitingTurn(waitingRoomTurn(refusal, Date.now()));
        return;
      }
      setWaitingTurn(null);
      showError(cause);
    }
  };

  const facts = [
    t('exams.landing.questions', { count: exam.questionCount }),
    exam.timeLimitSeconds ? t('exams.landing.timeLimit', { count: minutesOf(exam.timeLimitSeconds) }) : t('exams.landing.untimed'),
    t('exams.landing.passMark', { percent: formatPercent(exam.passPercent, language) }),
    exam.maxAttempts ? t('exams.landing.maxAttempts', { count: exam.maxAttempts }) : t('exams.landing.unlimitedAttempts'),
    t(`exams.gradingMethod.${exam.gradingMethod}`),
  ];

  return (
    <div className="hs-stack hs-exam-landing" data-testid="exam-landing">
      <PageTitle title={exam.title} />
      <QueryError error={error} />
      <ul className="hs-exam-facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
        {exam.opensAt && <li>{t('exams.landing.opensAt', { time: formatDateTime(exam.opensAt, language) })}</li>}
        {exam.closesAt && <li>{t('exams.landing.closesAt', { time: formatDateTime(exam.closesAt, language) })}</li>}
      </ul>
      {exam.instructions.trim() && (
        <Card title={t('exams.landing.instructions')}>
          <p className="hs-exam-instructions">{exam.instructions}</p>
        </Card>
      )}
      <Card title={t('exams.landing.yourStanding')}>
        <p data-testid="exam-attempts-left">
          {exam.myAttemptsLeft === null || exam.myAttemptsLeft === undefined ? t('exams.landing.attemptsLeftUnlimited') : t('exams.landing.attemptsLeft', { count: exam.myAttemptsLeft })}
        </p>
        {exam.myBestPercent !== null && exam.myBestPercent !== undefined && (
          <p>
            {t('exams.landing.grade', { percent: formatPercent(exam.myBestPercent, language) })}{' '}
            {exam.myPassed !== null && exam.myPassed !== undefined && <strong>{exam.myPassed ? t('exams.result.passed') : t('exams.result.failed')}</strong>}
          </p>
        )}
        <FormError error={startError} />
        {availability.kind === 'resume' && (
          <Link className="hs-button hs-button--primary hs-button--full" to={`/exams/${exam.id}/attempts/${availability.attemptId}`} data-testid="exam-resume">
            {t('exams.landing.resume')}
          </Link>
        )}
        {availability.kind === 'start' && waitingTurn && <WaitingRoomPanel turn={waitingTurn} retrying={starting.loading} onRetry={() => void start()} />}
        {availability.kind === 'start' && !waitingTurn && (
          <Button fullWidth busy={starting.loading} onClick={() => void start()} data-testid="exam-start">
            {attempts.length > 0 ? t('exams.landing.startAgain') : t('exams.landing.start')}
          </Button>
        )}
        {availability.kind === 'notOpenYet' && <Alert tone="info">{t('exams.landing.notOpenYet', { time: formatDateTime(availability.opensAt, language) })}</Alert>}
        {availability.kind === 'closed' && <Alert tone="info">{t('exams.landing.closed')}</Alert>}
        {availability.kind === 'noAttemptsLeft' && <Alert tone="info">{t('exams.landing.noAttemptsLeft')}</Alert>}
        {availability.kind === 'wait' && (
          <Alert tone="info" data-testid="exam-wait">
            {t('exams.landing.nextAttemptAt', { time: formatDateTime(availability.until, language) })}
          </Alert>
        )}
        {availability.kind === 'notAllowed' && <Alert tone="info">{t('exams.landing.notAllowed')}</Alert>}
      </Card>
      {attempts.length > 0 && (
        <Card title={t('exams.landing.pastAttempts')}>
          <ol className="hs-exam-attempt-list" data-testid="exam-past-attempts">
            {attempts.map((attempt) => (
              <li key={attempt.id}>
                <span>{t('exams.landing.attemptNumber', { number: attempt.number })}</span>{' '}
                <span className="hs-muted">{formatDateTime(attempt.submittedAt ?? attempt.startedAt, language)}</span>{' '}
                <span>{t(`exams.attemptState.${attempt.state}`)}</span>{' '}
                {attempt.scorePercent !== null && attempt.scorePercent !== undefined && <strong>{formatPercent(attempt.scorePercent, language)}</strong>}{' '}
                {attempt.state !== 'IN_PROGRESS' && <Link to={`/exams/${exam.id}/attempts/${attempt.id}/review`}>{t('exams.landing.review')}</Link>}
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}
