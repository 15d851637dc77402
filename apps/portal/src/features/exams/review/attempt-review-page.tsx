import { useQuery } from '@apollo/client/react';
import { attemptReviewQuery } from '@hocso/portal-data-access';
import { Alert, Card } from '@hocso/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { QuestionTextView } from '../../question-bank/question-text-view';
import { type AnswerResponse, responseOfStored } from '../attempt/answer-response';
import { formatDateTime, formatPercent, formatPoints } from '../shared/format';
import { YourAnswer } from './your-answer';

/** A submitted attempt as the exam's review policy lets the viewer see it: what it hides is simply not there. */
export function AttemptReviewPage() {
  const { t, i18n } = useTranslation();
  const { examId = '', attemptId = '' } = useParams();
  const { data, loading, error } = useQuery(attemptReviewQuery, { variables: { attemptId }, fetchPolicy: 'cache-and-network' });
  const review = data?.attemptReview;
  const responses = useMemo(
    () => new Map<number, AnswerResponse>((review?.attempt.answers ?? []).map((answer) => [answer.slot, responseOfStored(answer)])),
    [review?.attempt.answers],
  );
  const language = i18n.language;

  if (loading && !review) return <p role="status">{t('common.loading')}</p>;
  if (!review) {
    return (
      <>
        <PageTitle title={t('exams.review.title')} />
        <QueryError error={error} />
        <Link to={`/exams/${examId}`}>{t('exams.attempt.backToExam')}</Link>
      </>
    );
  }
  const { attempt } = review;
  const questionOf = (slot: number) => attempt.questions.find((question) => question.slot === slot);
  const index = (slot: number) => attempt.questions.findIndex((question) => question.slot === slot) + 1;

  return (
    <div className="hs-stack hs-exam-review" data-testid="attempt-review">
      <p>
        <Link to={`/exams/${examId}`}>← {attempt.exam.title}</Link>
      </p>
      <PageTitle title={t('exams.review.title')} />
      <Card title={t('exams.review.summary', { number: attempt.number })}>
        <p>
          {attempt.submittedAt && t('exams.review.submittedAt', { time: formatDateTime(attempt.submittedAt, language) })}
          {attempt.autoSubmitted && ` · ${t('exams.review.autoSubmitted')}`}
        </p>
        {attempt.state === 'NEEDS_GRADING' && <Alert tone="info">{t('exams.review.needsGrading')}</Alert>}
        {review.scorePercent !== null && review.scorePercent !== undefined ? (
          <p className="hs-exam-review__score" data-testid="review-score">
            <strong>{formatPercent(review.scorePercent, language)}</strong>
            {review.scorePoints !== null && review.scorePoints !== undefined && ` (${t('exams.review.pointsOf', { points: formatPoints(review.scorePoints, language), max: formatPoints(review.maxPoints, language) })})`}
            {review.passed !== null && review.passed !== undefined && (
              <span className={review.passed ? 'hs-exam-result hs-exam-result--passed' : 'hs-exam-result hs-exam-result--failed'} data-testid="review-passed">
                {review.passed ? t('exams.result.passed') : t('exams.result.failed')}
              </span>
            )}
          </p>
        ) : (
          attempt.state === 'GRADED' && !review.visibility.score && <p className="hs-muted">{t('exams.review.scoreHidden')}</p>
        )}
        {review.moreVisibleAt && <p className="hs-muted">{t('exams.review.moreVisibleAt', { time: formatDateTime(review.moreVisibleAt, language) })}</p>}
      </Card>
      <ol className="hs-exam-review__questions">
        {review.questions.map((reviewed) => {
          const question = questionOf(reviewed.slot);
          return (
            <li key={reviewed.slot} className={['hs-exam-review__question', reviewed.outcome ? `hs-exam-review__question--${reviewed.outcome.toLowerCase()}` : ''].filter(Boolean).join(' ')} data-testid="review-question" data-outcome={reviewed.outcome ?? ''}>
              <header className="hs-exam-question__head">
                <h2 className="hs-exam-question__number">{t('exams.attempt.questionOf', { number: index(reviewed.slot), total: attempt.questions.length })}</h2>
                <span className="hs-muted">
                  {reviewed.points !== null && reviewed.points !== undefined
                    ? t('exams.review.pointsOf', { points: formatPoints(reviewed.points, language), max: formatPoints(reviewed.maxPoints, language) })
                    : t('exams.attempt.points', { count: reviewed.maxPoints })}
                </span>
              </header>
              <QuestionTextView text={reviewed.prompt} format="html" className="hs-exam-question__prompt" />
              {question && <YourAnswer question={question} response={responses.get(reviewed.slot)} />}
              {reviewed.outcome && (
                <p className="hs-exam-review__outcome" data-testid="review-outcome">
                  {t(`exams.outcome.${reviewed.outcome}`)}
                </p>
              )}
              {reviewed.rightAnswer && (
                <div className="hs-exam-review__right" data-testid="review-right-answer">
                  {/* The server writes the sentence itself ("Đáp án đúng là …"). */}
                  <QuestionTextView text={reviewed.rightAnswer} format="plain" />
                </div>
              )}
              {reviewed.feedback && (
                <div className="hs-exam-review__feedback">
                  <p className="hs-exam-review__label">{t('exams.review.feedback')}</p>
                  <QuestionTextView text={reviewed.feedback} format="plain" />
                </div>
              )}
              {reviewed.comment && (
                <div className="hs-exam-review__feedback" data-testid="review-comment">
                  <p className="hs-exam-review__label">{t('exams.review.comment')}</p>
                  <QuestionTextView text={reviewed.comment} format="plain" />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
