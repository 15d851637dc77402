import { useQuery } from '@apollo/client/react';
import { myQuestionBanksQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { CreateBankForm } from './create-bank-form';
import { dateTimeFormat } from '../../shared/intl-formats';

export function BanksPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(myQuestionBanksQuery, { fetchPolicy: 'cache-and-network' });
  const banks = data?.myQuestionBanks ?? [];
  const dateFormat = dateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      <PageTitle title={t('questionBank.banks.title')} />
      <p className="hs-muted">{t('questionBank.banks.lead')}</p>
      <QueryError error={error} />
      <div className="hs-stack">
        {loading && !data ? (
          <p role="status">{t('common.loading')}</p>
        ) : banks.length === 0 ? (
          <Card>
            <p className="hs-muted" data-testid="banks-empty">
              {t('questionBank.banks.empty')}
            </p>
          </Card>
        ) : (
          <ul className="hs-qb-list" data-testid="bank-list">
            {banks.map((bank) => {
              const count = bank.categories.reduce((sum, category) => sum + category.questionCount, 0);
              return (
                <li key={bank.id} className="hs-qb-list__item" data-testid="bank-row" data-bank-id={bank.id}>
                  <Link to={`/teach/banks/${bank.id}`} className="hs-qb-list__title" data-testid="bank-link">
                    {bank.title}
                  </Link>
                  <span className="hs-muted">
                    {t('questionBank.banks.questionCount', { count })} · {t('questionBank.banks.updated', { date: dateFormat.format(new Date(bank.updatedAt)) })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <CreateBankForm onCreated={(bankId) => void navigate(`/teach/banks/${bankId}`)} />
      </div>
    </>
  );
}
