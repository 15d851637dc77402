import { useQuery } from '@apollo/client/react';
import { examsOfBankQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../../shared/query-error';
import { minutesOf } from '../shared/format';

/** The exams drawn from a bank, on the bank's page, with the way to make a new one. */
export function BankExamsCard({ bankId }: { bankId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(examsOfBankQuery, { variables: { bankId }, fetchPolicy: 'cache-and-network' });
  const exams = data?.examsOfBank ?? [];
  return (
    <Card title={t('exams.bank.title')} headingLevel={2} data-testid="bank-exams">
      <QueryError error={error} />
      {data && exams.length === 0 && <p className="hs-muted">{t('exams.bank.none')}</p>}
      <ul className="hs-stack">
        {exams.map((exam) => (
          <li key={exam.id} data-testid="bank-exam">
            <Link to={`/exams/${exam.id}/manage`}>{exam.title}</Link>{' '}
            <span className="hs-muted">
              {t('exams.landing.questions', { count: exam.questionCount })}
              {exam.timeLimitSeconds ? ` · ${t('exams.landing.timeLimit', { count: minutesOf(exam.timeLimitSeconds) })}` : ''}
              {exam.openToAll ? ` · ${t('exams.bank.openToAll')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <Link className="hs-button hs-button--secondary" to={`/teach/banks/${bankId}/exams/new`} data-testid="bank-exam-new">
        {t('exams.bank.newExam')}
      </Link>
    </Card>
  );
}
