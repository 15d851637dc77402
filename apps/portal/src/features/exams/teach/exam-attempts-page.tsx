import { useQuery } from '@apollo/client/react';
import { type AttemptState, examAttemptsQuery, type ExamAttemptRowFieldsFragment } from '@hocso/portal-data-access';
import { SelectField, Table, type TableColumn } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../shared/query-error';
import { formatDateTime, formatPercent } from '../shared/format';
import { OrgUnitPicker, type PickedUnit } from '../shared/org-unit-picker';
import { useManagedExam } from './exam-manage-layout';

const STATES: readonly AttemptState[] = ['IN_PROGRESS', 'NEEDS_GRADING', 'GRADED'];

/** Every attempt of the exam, newest first, filtered by state and by org unit subtree. */
export function ExamAttemptsPage() {
  const { t, i18n } = useTranslation();
  const exam = useManagedExam();
  const [state, setState] = useState<AttemptState | ''>('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const { data, loading, error } = useQuery(examAttemptsQuery, {
    variables: { examId: exam.id, state: state || null, orgUnitId: unit?.id ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const attempts = data?.examAttempts ?? [];
  const language = i18n.language;
  const columns: TableColumn<ExamAttemptRowFieldsFragment>[] = [
    { key: 'learner', header: t('exams.attempts.learner'), render: (row) => row.user.fullName },
    { key: 'unit', header: t('exams.attempts.unit'), render: (row) => row.orgUnit?.name ?? '—' },
    { key: 'number', header: t('exams.attempts.number'), render: (row) => row.number, numeric: true },
    { key: 'state', header: t('exams.attempts.state'), render: (row) => t(`exams.attemptState.${row.state}`) + (row.autoSubmitted ? ` (${t('exams.attempts.auto')})` : '') },
    { key: 'started', header: t('exams.attempts.started'), render: (row) => formatDateTime(row.startedAt, language) },
    { key: 'submitted', header: t('exams.attempts.submitted'), render: (row) => (row.submittedAt ? formatDateTime(row.submittedAt, language) : '—') },
    {
      key: 'score',
      header: t('exams.attempts.score'),
      numeric: true,
      render: (row) => (row.scorePercent === null || row.scorePercent === undefined ? '—' : `${formatPercent(row.scorePercent, language)}${row.passed === true ? ` · ${t('exams.result.passed')}` : row.passed === false ? ` · ${t('exams.result.failed')}` : ''}`),
    },
    { key: 'review', header: t('exams.attempts.review'), render: (row) => (row.state === 'IN_PROGRESS' ? '' : <Link to={`/exams/${exam.id}/attempts/${row.id}/review`}>{t('exams.landing.review')}</Link>) },
  ];
  return (
    <div className="hs-stack" data-testid="exam-attempts">
      <div className="hs-grid">
        <SelectField
          label={t('exams.attempts.filterState')}
          value={state}
          options={[{ value: '', label: t('exams.attempts.allStates') }, ...STATES.map((value) => ({ value, label: t(`exams.attemptState.${value}`) }))]}
          onChange={(event) => setState(event.target.value as AttemptState | '')}
        />
        <OrgUnitPicker label={t('exams.attempts.filterUnit')} onChange={setUnit} />
      </div>
      <QueryError error={error} />
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <Table caption={t('exams.attempts.caption', { count: attempts.length })} columns={columns} rows={attempts} rowKey={(row) => row.id} rowTestId="attempt-row" emptyMessage={t('exams.attempts.none')} />
      )}
    </div>
  );
}
