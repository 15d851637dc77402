import { useMutation, useQuery } from '@apollo/client/react';
import { examDayQuery, type ExamDayQuery, extendExamDeadlinesMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, Table, type TableColumn, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { formatDateTime } from '../shared/format';
import { useManagedExam } from './exam-manage-layout';
import { saveAgeParts, saveAgeSeconds, STALE_SAVE_SECONDS } from './save-age';

type ExamDay = ExamDayQuery['examDay'];
type UnitRow = ExamDay['units'][number];
type TakerRow = ExamDay['takers'][number];

const REFRESH_MS = 15_000;

/** The live page of an exam: counts by unit, each taker's last save, and more time for a unit that lost power. */
export function ExamDayPage() {
  const { t, i18n } = useTranslation();
  const exam = useManagedExam();
  const { data, loading, error, refetch } = useQuery(examDayQuery, { variables: { examId: exam.id }, pollInterval: REFRESH_MS, fetchPolicy: 'cache-and-network' });
  const day = data?.examDay;
  const language = i18n.language;
  const ageOf = (row: TakerRow) => {
    const seconds = day ? saveAgeSeconds(day.serverNow, row.lastSavedAt) : null;
    if (seconds === null) return '—';
    const { unit, count } = saveAgeParts(seconds);
    return t(`exams.day.ago.${unit}`, { count });
  };

  const unitColumns: TableColumn<UnitRow>[] = [
    { key: 'unit', header: t('exams.day.unit'), render: (row) => row.orgUnit?.name ?? t('exams.day.noUnit') },
    { key: 'notStarted', header: t('exams.day.notStarted'), render: (row) => row.notStarted, numeric: true },
    { key: 'inProgress', header: t('exams.day.inProgress'), render: (row) => row.inProgress, numeric: true },
    { key: 'overdue', header: t('exams.day.overdue'), render: (row) => row.overdue, numeric: true },
    { key: 'submitted', header: t('exams.day.submitted'), render: (row) => row.submitted, numeric: true },
    // Extending is the exam's editors' (EDIT): unit managers watch.
    ...(exam.allowedActions.includes('EDIT')
      ? [{ key: 'extend', header: t('exams.day.extend'), render: (row: UnitRow) => (row.orgUnit && row.inProgress + row.overdue > 0 ? <ExtendForm examId={exam.id} unit={row.orgUnit} onExtended={() => void refetch()} /> : '—') }]
      : []),
  ];
  const takerColumns: TableColumn<TakerRow>[] = [
    { key: 'learner', header: t('exams.attempts.learner'), render: (row) => row.user.fullName },
    { key: 'unit', header: t('exams.day.unit'), render: (row) => row.orgUnit?.name ?? '—' },
    { key: 'state', header: t('exams.attempts.state'), render: (row) => t(`exams.day.state.${row.state}`) },
    {
      key: 'lastSave',
      header: t('exams.day.lastSave'),
      render: (row) => {
        const seconds = day ? saveAgeSeconds(day.serverNow, row.lastSavedAt) : null;
        const stale = row.state === 'IN_PROGRESS' && (seconds === null || seconds > STALE_SAVE_SECONDS);
        return <span className={stale ? 'hs-exam-flagged-row' : undefined}>{ageOf(row)}</span>;
      },
    },
    { key: 'deadline', header: t('exams.day.deadline'), render: (row) => (row.deadline ? formatDateTime(row.deadline, language) : '—') },
  ];

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  return (
    <div className="hs-stack" data-testid="exam-day">
      <QueryError error={error} />
      {day && (
        <>
          <p className="hs-muted" role="status">
            {t('exams.day.asOf', { time: formatDateTime(day.serverNow, language), count: day.takerCount })}
          </p>
          <Card title={t('exams.day.byUnit')}>
            <Table caption={t('exams.day.byUnitCaption')} columns={unitColumns} rows={day.units} rowKey={(row) => row.orgUnit?.id ?? 'none'} rowTestId="exam-day-unit" emptyMessage={t('exams.day.nobody')} />
          </Card>
          <Card title={t('exams.day.takers')}>
            <Table caption={t('exams.day.takersCaption')} columns={takerColumns} rows={day.takers} rowKey={(row) => row.user.id} rowTestId="exam-day-taker" emptyMessage={t('exams.day.nobody')} />
          </Card>
        </>
      )}
    </div>
  );
}

function ExtendForm({ examId, unit, onExtended }: { examId: string; unit: { id: string; name: string }; onExtended(): void }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('10');
  const [moved, setMoved] = useState<number | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const { error, showError, clearError } = useDisplayError();
  const [extend, extending] = useMutation(extendExamDeadlinesMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setMoved(null);
    const value = /^\d+$/.test(minutes.trim()) ? Number(minutes.trim()) : 0;
    if (value < 1 || value > 600) return setLocalError(t('exams.day.minutesRange'));
    setLocalError(null);
    if (!window.confirm(t('exams.day.confirmExtend', { minutes: value, unit: unit.name }))) return;
    try {
      const result = await extend({ variables: { examId, orgUnitId: unit.id, minutes: value } });
      setMoved(result.data?.extendExamDeadlines ?? 0);
      onExtended();
    } catch (cause) {
      showError(cause);
    }
  };
  return (
    <form className="hs-row" onSubmit={(event) => void submit(event)} noValidate data-testid="extend-form">
      <TextField label={t('exams.day.minutes')} inputMode="numeric" value={minutes} error={localError} onChange={(event) => setMinutes(event.target.value)} />
      <Button type="submit" variant="secondary" busy={extending.loading}>
        {t('exams.day.extendAction')}
      </Button>
      <FormError error={error} />
      {moved !== null && <Alert tone="success">{t('exams.day.extended', { count: moved })}</Alert>}
    </form>
  );
}
