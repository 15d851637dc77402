import { useMutation, useQuery } from '@apollo/client/react';
import { examStatisticsQuery, type ExamStatisticsQuery, regradeExamMutation, type RegradeExamMutation, useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card, Table, type TableColumn } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toDisplayError } from '../../../shared/display-error';
import { QueryError } from '../../../shared/query-error';
import { formatPercent } from '../shared/format';
import { useManagedExam } from './exam-manage-layout';
import { ScoreHistogram } from './score-histogram';
import { downloadStatistics, type StatisticsFormat } from './statistics-download';
import { numberFormat } from '../../../shared/intl-formats';

type QuestionRow = ExamStatisticsQuery['examStatistics']['questions'][number];

/** Moodle's quiz statistics over each learner's first graded attempt, the score chart, flags and exports. */
export function ExamStatisticsPage() {
  const { t, i18n } = useTranslation();
  const exam = useManagedExam();
  const { getAccessToken } = useAuth();
  const { data, loading, error, refetch } = useQuery(examStatisticsQuery, { variables: { examId: exam.id }, fetchPolicy: 'cache-and-network' });
  const [regrade, regrading] = useMutation(regradeExamMutation);
  const [regradeResult, setRegradeResult] = useState<RegradeExamMutation['regradeExam'] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<StatisticsFormat | null>(null);
  const statistics = data?.examStatistics;
  const language = i18n.language;
  const number = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '—' : numberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value));
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatPercent(value, language));

  const download = async (format: StatisticsFormat) => {
    setDownloading(format);
    setMessage(null);
    try {
      await downloadStatistics(exam.id, format, getAccessToken(), `${exam.title}-statistics`);
    } catch (cause) {
      setMessage(toDisplayError(cause, (key) => t(key)).message);
    } finally {
      setDownloading(null);
    }
  };

  const runRegrade = async (questionId: string) => {
    setMessage(null);
    setRegradeResult(null);
    try {
      const result = await regrade({ variables: { examId: exam.id, questionId } });
      setRegradeResult(result.data?.regradeExam ?? null);
      await refetch();
    } catch (cause) {
      setMessage(toDisplayError(cause, (key) => t(key)).message);
    }
  };

  const canRegrade = exam.allowedActions.includes('EDIT');
  const columns: TableColumn<QuestionRow>[] = [
    { key: 'slot', header: t('exams.statistics.slot'), render: (row) => row.slot, numeric: true },
    { key: 'question', header: t('exams.statistics.question'), render: (row) => <span className={row.flags.length ? 'hs-exam-flagged-row' : undefined}>{row.promptExcerpt}</span> },
    { key: 'attempts', header: t('exams.statistics.attempts'), render: (row) => row.attempts, numeric: true },
    { key: 'facility', header: t('exams.statistics.facility'), render: (row) => percent(row.facility === null || row.facility === undefined ? null : row.facility * 100), numeric: true },
    { key: 'discrimination', header: t('exams.statistics.discrimination'), render: (row) => number(row.discrimination), numeric: true },
    { key: 'flags', header: t('exams.statistics.flags'), render: (row) => (row.flags.length ? row.flags.map((flag) => t(`exams.statistics.flag.${flag}`)).join(', ') : '—') },
    ...(canRegrade
      ? [
          {
            key: 'regrade',
            header: t('exams.statistics.regrade'),
            render: (row: QuestionRow) => (
              <Button variant="secondary" busy={regrading.loading} onClick={() => void runRegrade(row.questionId)}>
                {t('exams.statistics.regradeAction')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="hs-stack" data-testid="exam-statistics">
      <QueryError error={error} />
      {message && <Alert tone="error">{message}</Alert>}
      {statistics && (
        <>
          <Card title={t('exams.statistics.summary')}>
            <dl className="hs-exam-stats" data-testid="statistics-summary">
              <div>
                <dt>{t('exams.statistics.attemptCount')}</dt>
                <dd data-testid="statistics-count">{statistics.attemptCount}</dd>
              </div>
              <div>
                <dt>{t('exams.statistics.mean')}</dt>
                <dd>{percent(statistics.meanPercent)}</dd>
              </div>
              <div>
                <dt>{t('exams.statistics.median')}</dt>
                <dd>{percent(statistics.medianPercent)}</dd>
              </div>
              <div>
                <dt>{t('exams.statistics.standardDeviation')}</dt>
                <dd>{number(statistics.standardDeviation)}</dd>
              </div>
              <div>
                <dt>{t('exams.statistics.cronbachAlpha')}</dt>
                <dd>{number(statistics.cronbachAlpha)}</dd>
              </div>
            </dl>
            <p className="hs-muted">{t('exams.statistics.firstAttemptsOnly')}</p>
          </Card>
          <Card title={t('exams.statistics.histogram')}>
            <ScoreHistogram bins={statistics.histogram} passPercent={data?.exam?.passPercent ?? 50} />
          </Card>
          {regradeResult && (
            <Alert tone="success" data-testid="regrade-result">
              {t('exams.statistics.regraded', { changed: regradeResult.changedCount, unchanged: regradeResult.unchanged, inProgress: regradeResult.inProgress })}
              {regradeResult.changed.length > 0 && (
                <ul>
                  {regradeResult.changed.map((changed) => (
                    <li key={changed.attemptId}>
                      <Link to={`/exams/${exam.id}/attempts/${changed.attemptId}/review`}>
                        {t('exams.statistics.regradedAttempt', { before: percent(changed.beforePercent), after: percent(changed.afterPercent) })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
          <Table caption={t('exams.statistics.questions')} columns={columns} rows={statistics.questions} rowKey={(row) => row.questionId} rowTestId="statistics-question" emptyMessage={t('exams.statistics.noQuestions')} />
          <div className="hs-row">
            <Button variant="secondary" busy={downloading === 'csv'} onClick={() => void download('csv')} data-testid="statistics-csv">
              {t('exams.statistics.csv')}
            </Button>
            <Button variant="secondary" busy={downloading === 'xlsx'} onClick={() => void download('xlsx')} data-testid="statistics-xlsx">
              {t('exams.statistics.xlsx')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
