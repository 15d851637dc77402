import { useMutation, useQuery } from '@apollo/client/react';
import { essaysToGradeQuery, gradeAnswerMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextAreaField, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { QuestionTextView } from '../../question-bank/question-text-view';
import { formatDateTime, formatPoints } from '../shared/format';
import { useManagedExam } from './exam-manage-layout';
import { parseTypedNumber } from '../attempt/numeric-answer';

interface Essay {
  attemptId: string;
  slot: number;
  prompt: string;
  text?: string | null;
  maxPoints: number;
  submittedAt?: string | null;
}

/** Essays waiting for a grade, oldest submission first: points and a comment each; the attempt is then regraded. */
export function EssayGradingPage() {
  const { t } = useTranslation();
  const exam = useManagedExam();
  const { data, loading, error, refetch } = useQuery(essaysToGradeQuery, { variables: { examId: exam.id }, fetchPolicy: 'cache-and-network' });
  const essays = data?.essaysToGrade ?? [];
  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="hs-stack" data-testid="essay-grading">
      <QueryError error={error} />
      <p className="hs-muted">{t('exams.grading.lead', { count: essays.length })}</p>
      {data && essays.length === 0 && <Alert tone="success">{t('exams.grading.none')}</Alert>}
      {essays.map((essay, index) => (
        <EssayCard key={`${essay.attemptId}-${essay.slot}`} examId={exam.id} essay={essay} number={index + 1} onGraded={() => void refetch()} />
      ))}
    </div>
  );
}

function EssayCard({ examId, essay, number, onGraded }: { examId: string; essay: Essay; number: number; onGraded(): void }) {
  const { t, i18n } = useTranslation();
  const [points, setPoints] = useState('');
  const [comment, setComment] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const { error, showError, clearError } = useDisplayError();
  const [grade, grading] = useMutation(gradeAnswerMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    const value = parseTypedNumber(points) ?? Number.NaN;
    if (points.trim() === '' || !Number.isFinite(value) || value < 0 || value > essay.maxPoints) {
      setLocalError(t('exams.grading.pointsRange', { max: formatPoints(essay.maxPoints, i18n.language) }));
      return;
    }
    setLocalError(null);
    try {
      await grade({ variables: { attemptId: essay.attemptId, slot: essay.slot, points: value, comment: comment.trim() || null } });
      onGraded();
    } catch (cause) {
      showError(cause);
    }
  };
  return (
    <Card title={t('exams.grading.essay', { number })} data-testid="essay-card">
      <form className="hs-stack" onSubmit={(event) => void submit(event)} noValidate>
        {essay.submittedAt && <p className="hs-muted">{t('exams.review.submittedAt', { time: formatDateTime(essay.submittedAt, i18n.language) })}</p>}
        <QuestionTextView text={essay.prompt} format="html" className="hs-exam-question__prompt" />
        <div>
          <p className="hs-exam-review__label">{t('exams.grading.learnerText')}</p>
          {essay.text ? <p className="hs-exam-review__text">{essay.text}</p> : <p className="hs-muted">{t('exams.review.noAnswer')}</p>}
        </div>
        <FormError error={error} />
        <TextField
          label={t('exams.grading.points', { max: formatPoints(essay.maxPoints, i18n.language) })}
          inputMode="decimal"
          value={points}
          error={localError}
          onChange={(event) => setPoints(event.target.value)}
          data-testid="essay-points"
        />
        <TextAreaField label={t('exams.grading.comment')} rows={3} maxLength={5_000} value={comment} onChange={(event) => setComment(event.target.value)} />
        <div className="hs-row">
          <Button type="submit" busy={grading.loading} data-testid="essay-grade">
            {t('exams.grading.save')}
          </Button>
          <Link to={`/exams/${examId}/attempts/${essay.attemptId}/review`}>{t('exams.grading.wholeAttempt')}</Link>
        </div>
      </form>
    </Card>
  );
}
