import { useQuery } from '@apollo/client/react';
import { openExamsQuery, useAuth } from '@hocso/portal-data-access';
import { Alert, Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { formatDateTime, formatPercent, minutesOf } from '../shared/format';

/** "Thi trực tuyến": the exams open to every account, such as the digital-skills tests for citizens. */
export function OpenExamsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const { data, loading, error } = useQuery(openExamsQuery, { skip: !me, fetchPolicy: 'cache-and-network' });
  const exams = data?.openExams ?? [];
  return (
    <div className="hs-stack" data-testid="open-exams">
      <PageTitle title={t('exams.open.title')} />
      <p className="hs-muted">{t('exams.open.lead')}</p>
      {!me && (
        <Alert tone="info">
          {t('exams.open.signIn')} <Link to="/sign-in">{t('nav.signIn')}</Link> · <Link to="/sign-up">{t('nav.signUp')}</Link>
        </Alert>
      )}
      <QueryError error={error} />
      {me && loading && !data && <p role="status">{t('common.loading')}</p>}
      {me && data && exams.length === 0 && <p>{t('exams.open.none')}</p>}
      <div className="hs-grid">
        {exams.map((exam) => (
          <Card key={exam.id} title={exam.title} headingLevel={2} data-testid="open-exam">
            <p className="hs-muted">
              {t('exams.landing.questions', { count: exam.questionCount })}
              {' · '}
              {exam.timeLimitSeconds ? t('exams.landing.timeLimit', { count: minutesOf(exam.timeLimitSeconds) }) : t('exams.landing.untimed')}
            </p>
            {exam.closesAt && <p className="hs-muted">{t('exams.landing.closesAt', { time: formatDateTime(exam.closesAt, i18n.language) })}</p>}
            {exam.myBestPercent !== null && exam.myBestPercent !== undefined && (
              <p>
                {t('exams.landing.grade', { percent: formatPercent(exam.myBestPercent, i18n.language) })} {exam.myPassed ? `· ${t('exams.result.passed')}` : ''}
              </p>
            )}
            <Link className="hs-button hs-button--primary" to={`/exams/${exam.id}`} data-testid="open-exam-link">
              {t('exams.open.take')}
            </Link>
          </Card>
        ))}
      </div>
    </div>
  );
}
