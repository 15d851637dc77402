import { useQuery } from '@apollo/client/react';
import { examManageQuery, type ExamManageQuery } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useOutletContext, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { tabsAllowed } from './exam-tabs';

export type ManagedExam = NonNullable<ExamManageQuery['exam']>;

/** The exam the trainer's pages below the layout are about. */
export function useManagedExam(): ManagedExam {
  return useOutletContext<ManagedExam>();
}

/** The trainer's pages of one exam, as tabs: only those the exam's allowedActions open. */
export function ExamManageLayout() {
  const { t } = useTranslation();
  const { examId = '' } = useParams();
  const { data, loading, error } = useQuery(examManageQuery, { variables: { id: examId } });
  const exam = data?.exam;
  if (loading && !exam) return <p role="status">{t('common.loading')}</p>;
  if (!exam) return <QueryError error={error} />;
  const tabs = tabsAllowed(exam.allowedActions);
  if (tabs.length === 0) return <Alert tone="error">{t('errors.forbidden')}</Alert>;
  return (
    <div className="hs-stack" data-testid="exam-manage">
      {exam.allowedActions.includes('EDIT') && (
        <p>
          <Link to={`/teach/banks/${exam.bankId}`}>← {t('exams.manage.backToBank')}</Link>
        </p>
      )}
      <PageTitle title={exam.title} />
      <nav aria-label={t('exams.manage.tabs')}>
        <ul className="hs-exam-tabs">
          {tabs.map((tab) => (
            <li key={tab.path}>
              <NavLink to={tab.path} data-testid={`exam-tab-${tab.path}`}>
                {t(`exams.manage.tab.${tab.path}`)}
              </NavLink>
            </li>
          ))}
          <li>
            <Link to={`/exams/${exam.id}`}>{t('exams.manage.learnerView')}</Link>
          </li>
        </ul>
      </nav>
      <Outlet context={exam} />
    </div>
  );
}

/** `/exams/:id/manage` opens the first page the exam allows. */
export function ExamManageIndex() {
  const exam = useManagedExam();
  const first = tabsAllowed(exam.allowedActions)[0];
  return first ? <Navigate to={first.path} replace /> : null;
}
