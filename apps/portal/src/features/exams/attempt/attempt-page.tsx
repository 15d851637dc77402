import { Alert, Button } from '@hocso/portal-ui';
import { useAuth } from '@hocso/portal-data-access';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { QueryError } from '../../../shared/query-error';
import { toDisplayError } from '../../../shared/display-error';
import { QuestionTextView } from '../../question-bank/question-text-view';
import { Countdown } from './countdown';
import { readFlags, toggleFlag, writeFlags } from './flag-store';
import { keepShellForOffline } from './keep-shell-offline';
import { firstUnansweredSlot, navigatorEntries, neighbourSlot, submitCheck } from './navigator-state';
import { QuestionAnswerInput } from './question-answer-input';
import { QuestionNavigator } from './question-navigator';
import { SaveStatus } from './save-status';
import { SubmitDialog } from './submit-dialog';
import { useAttemptOnPage } from './use-attempt-on-page';

const flagStorage = () => (typeof localStorage === 'undefined' ? null : localStorage);

/** One question per screen, the navigator, the countdown and the save state; submit with a last check. */
export function AttemptPage() {
  const { t, i18n } = useTranslation();
  const { examId = '', attemptId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { loading: authLoading, getAccessToken } = useAuth();
  const { load, answers, change, status, submit, clock } = useAttemptOnPage(attemptId);
  const [flags, setFlags] = useState<Set<number>>(() => readFlags(flagStorage(), attemptId));
  const [currentSlot, setCurrentSlot] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitMessage, setSubmitMessage] = useState<string | null>(null);
  const [timeUp, setTimeUp] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reviewPath = `/exams/${examId}/attempts/${attemptId}/review`;

  const attempt = load.kind === 'ready' ? load.attempt : null;
  const questions = attempt?.questions ?? [];
  // Where the learner left off, chosen once when the attempt opens: answering must not move the screen on.
  const slot = currentSlot ?? (attempt ? firstUnansweredSlot(questions, answers) : null);
  useEffect(() => {
    if (currentSlot === null && slot !== null) setCurrentSlot(slot);
  }, [currentSlot, slot]);
  const entries = useMemo(() => navigatorEntries(questions, answers, flags, slot ?? -1), [questions, answers, flags, slot]);
  const check = useMemo(() => submitCheck(entries), [entries]);
  const index = questions.findIndex((question) => question.slot === slot);
  const question = index >= 0 ? questions[index] : undefined;

  useEffect(() => {
    if (attempt) document.title = `${attempt.exam.title} – ${t('app.name')}`;
  }, [attempt?.exam.title, t]);

  useEffect(() => {
    if (load.kind === 'ready' && !load.fromSnapshot) void keepShellForOffline();
  }, [load.kind]);

  const firstShown = useRef<number | null>(null);
  useEffect(() => {
    // Focus follows the learner's moves, not the first question shown.
    if (currentSlot === null) return;
    if (firstShown.current === null) firstShown.current = currentSlot;
    else headingRef.current?.focus();
  }, [currentSlot]);

  if (!getAccessToken() && !authLoading) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (load.kind === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (load.kind === 'failed') {
    return (
      <>
        <QueryError error={load.error} />
        <Link to={`/exams/${examId}`}>{t('exams.attempt.backToExam')}</Link>
      </>
    );
  }
  if (load.attempt.state !== 'IN_PROGRESS') return <Navigate to={reviewPath} replace />;

  const closed = status.closed || timeUp;
  const go = (next: number | null) => {
    if (next !== null) setCurrentSlot(next);
  };
  const toggleCurrentFlag = () => {
    if (slot === null) return;
    const next = toggleFlag(flags, slot);
    setFlags(next);
    writeFlags(flagStorage(), attemptId, next);
  };

  const finish = async () => {
    setSubmitting(true);
    setSubmitMessage(null);
    const outcome = await submit();
    setSubmitting(false);
    if (outcome.kind === 'submitted') {
      writeFlags(flagStorage(), attemptId, new Set());
      await navigate(reviewPath, { replace: true });
      return;
    }
    setSubmitMessage(outcome.kind === 'unsaved' ? t('exams.submit.unsaved') : toDisplayError(outcome.error, (key) => t(key)).message);
  };

  const onTimeUp = () => {
    setTimeUp(true);
    setConfirming(false);
    void finish();
  };

  return (
    <div className="hs-exam-attempt" data-testid="attempt-page" data-attempt-id={attemptId} lang={i18n.language}>
      <div className="hs-exam-attempt__bar">
        <p className="hs-exam-attempt__title">{load.attempt.exam.title}</p>
        <Countdown deadline={load.attempt.deadline ?? null} clock={clock} onTimeUp={onTimeUp} />
        <SaveStatus status={status} />
      </div>
      {load.fromSnapshot && <Alert tone="warning">{t('exams.attempt.offlineCopy')}</Alert>}
      {status.rejected && <Alert tone="error" data-testid="save-rejected">{t('exams.save.rejected', { number: questions.findIndex((each) => each.slot === status.rejected?.slot) + 1, reason: toDisplayError(status.rejected.error, (key) => t(key)).message })}</Alert>}
      {timeUp && (
        <Alert tone="warning" data-testid="time-up">
          {t('exams.attempt.timeUp')} <Link to={reviewPath}>{t('exams.attempt.seeResult')}</Link>
          {submitMessage && !confirming && <span data-testid="time-up-message"> {submitMessage}</span>}
        </Alert>
      )}
      {status.closed && !timeUp && (
        <Alert tone="warning">
          {t('exams.save.closed')} <Link to={reviewPath}>{t('exams.attempt.seeResult')}</Link>
        </Alert>
      )}
      {question ? (
        <article className="hs-exam-question" data-testid="attempt-question" data-slot={question.slot} data-type={question.type}>
          <header className="hs-exam-question__head">
            <h1 ref={headingRef} tabIndex={-1} className="hs-exam-question__number" data-testid="question-number">
              {t('exams.attempt.questionOf', { number: index + 1, total: questions.length })}
            </h1>
            <span className="hs-muted">{question.type === 'DESCRIPTION' ? t('exams.attempt.information') : t('exams.attempt.points', { count: question.points })}</span>
          </header>
          <QuestionTextView text={question.prompt} format="html" className="hs-exam-question__prompt" />
          <QuestionAnswerInput key={question.slot} question={question} response={answers.get(question.slot)} disabled={closed} onChange={(response) => change(question.slot, response)} />
          <div className="hs-exam-question__tools">
            <button type="button" className="hs-button hs-button--secondary hs-exam-flag" aria-pressed={flags.has(question.slot)} onClick={toggleCurrentFlag} data-testid="flag-toggle">
              {flags.has(question.slot) ? t('exams.attempt.unflag') : t('exams.attempt.flag')}
            </button>
          </div>
          <nav className="hs-exam-question__pager" aria-label={t('exams.attempt.pager')}>
            <Button variant="secondary" disabled={index <= 0} onClick={() => go(neighbourSlot(questions, question.slot, -1))} data-testid="question-previous">
              ← {t('exams.attempt.previous')}
            </Button>
            {index < questions.length - 1 ? (
              <Button onClick={() => go(neighbourSlot(questions, question.slot, 1))} data-testid="question-next">
                {t('exams.attempt.next')} →
              </Button>
            ) : (
              <Button onClick={() => setConfirming(true)} disabled={closed} data-testid="submit-open-last">
                {t('exams.submit.open')}
              </Button>
            )}
          </nav>
        </article>
      ) : (
        <Alert tone="info">{t('exams.attempt.noQuestions')}</Alert>
      )}
      <details className="hs-disclosure hs-exam-attempt__navigator" open>
        <summary>{t('exams.navigator.title', { answered: check.answeredCount, total: check.answerableCount })}</summary>
        <QuestionNavigator entries={entries} onSelect={go} />
      </details>
      <Button variant="primary" fullWidth onClick={() => setConfirming(true)} disabled={closed} data-testid="submit-open">
        {t('exams.submit.open')}
      </Button>
      <SubmitDialog
        open={confirming}
        check={check}
        busy={submitting}
        message={submitMessage}
        onConfirm={() => void finish()}
        onClose={() => {
          setConfirming(false);
          setSubmitMessage(null);
        }}
        onGoTo={(number) => {
          setConfirming(false);
          go(questions[number - 1]?.slot ?? null);
        }}
      />
    </div>
  );
}
