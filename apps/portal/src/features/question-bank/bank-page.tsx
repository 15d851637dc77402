import { useApolloClient, useQuery } from '@apollo/client/react';
import { type QuestionBankAction, questionBankQuery, questionBankQuestionPageQuery, useAuth } from '@hocso/portal-data-access';
import { Button, Card } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { BankExamsCard } from '../exams/teach/bank-exams-card';
import { CategoryTreePanel } from './category-tree-panel';
import { CreateCategoryForm } from './create-category-form';
import { ExportButtons } from './export-buttons';
import { ImportDialog } from './import-dialog';
import { QuestionList } from './question-list';
import { RenameBankForm } from './rename-bank-form';
import { ShareBankForm } from './share-bank-form';

export function BankPage() {
  const { t } = useTranslation();
  const { bankId = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const [importOpen, setImportOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(questionBankQuery, { variables: { id: bankId }, fetchPolicy: 'cache-and-network' });
  const bank = data?.questionBank;
  const requested = searchParams.get('category') ?? 'top';
  const category = bank && !bank.categories.some((entry) => entry.path === requested) ? 'top' : requested;
  const search = searchParams.get('q') ?? '';

  const browse = (next: { category: string; search: string }) => {
    const params = new URLSearchParams();
    if (next.category !== 'top') params.set('category', next.category);
    if (next.search) params.set('q', next.search);
    setSearchParams(params, { replace: true });
  };
  const selectCategory = (path: string) => browse({ category: path, search });
  const applySearch = (text: string) => browse({ category, search: text });
  const reload = async () => {
    await Promise.all([refetch(), client.refetchQueries({ include: [questionBankQuestionPageQuery] })]);
  };

  if (loading && !bank) return <p role="status">{t('common.loading')}</p>;
  if (!bank) {
    return (
      <>
        <PageTitle title={t('questionBank.bank.notFound')} />
        <QueryError error={error} />
        <Link to="/teach/banks">{t('questionBank.bank.back')}</Link>
      </>
    );
  }

  const may = (action: QuestionBankAction) => bank.allowedActions.includes(action);
  const newQuestionLink = `/teach/banks/${bank.id}/questions/new${category === 'top' ? '' : `?category=${encodeURIComponent(category)}`}`;

  return (
    <>
      <p className="hs-qb-breadcrumb">
        <Link to="/teach/banks">{t('questionBank.bank.back')}</Link>
      </p>
      <PageTitle title={bank.title} />
      <QueryError error={error} />
      {may('EDIT') && (
        <div className="hs-row hs-qb-toolbar">
          <Link to={newQuestionLink} className="hs-button hs-button--primary" data-testid="question-new">
            {t('questionBank.bank.newQuestion')}
          </Link>
          <Button variant="secondary" onClick={() => setImportOpen(true)} data-testid="import-open">
            {t('questionBank.bank.import')}
          </Button>
        </div>
      )}
      <div className="hs-split hs-qb-browser">
        <div className="hs-stack">
          <Card title={t('questionBank.bank.categoriesTitle')} headingLevel={2}>
            <CategoryTreePanel key={bank.categories.length} categories={bank.categories} selectedPath={category} onSelect={selectCategory} />
          </Card>
          {may('EDIT') && (
            <details className="hs-disclosure">
              <summary data-testid="category-new-toggle">{t('questionBank.bank.newCategoryTitle')}</summary>
              <CreateCategoryForm
                bankId={bank.id}
                parentPath={category}
                onCreated={(path) => {
                  void reload().then(() => selectCategory(path));
                }}
              />
            </details>
          )}
        </div>
        <QuestionList bankId={bank.id} category={category} search={search} onSearch={applySearch} />
      </div>
      <div className="hs-grid hs-qb-tools">
        <BankExamsCard bankId={bank.id} />
        <Card title={t('questionBank.export.title')} headingLevel={2}>
          <p className="hs-muted">{t('questionBank.export.wholeBank')}</p>
          <ExportButtons bankId={bank.id} bankTitle={bank.title} category={null} testIdSuffix="bank" />
          {category !== 'top' && (
            <>
              <p className="hs-muted">{t('questionBank.export.category', { category: category.replace(/^top\//, '') })}</p>
              <ExportButtons bankId={bank.id} bankTitle={bank.title} category={category} testIdSuffix="category" />
            </>
          )}
        </Card>
        {may('RENAME') && (
          <details className="hs-disclosure">
            <summary data-testid="bank-rename-toggle">{t('questionBank.bank.renameTitle')}</summary>
            <RenameBankForm key={bank.title} bankId={bank.id} title={bank.title} />
          </details>
        )}
        <details className="hs-disclosure">
          <summary data-testid="bank-share-toggle">{t('questionBank.share.title')}</summary>
          <ShareBankForm bank={bank} currentUserId={me?.id ?? null} onLeft={() => void navigate('/teach/banks')} />
        </details>
      </div>
      <ImportDialog bankId={bank.id} open={importOpen} onClose={() => setImportOpen(false)} onImported={() => void reload()} />
    </>
  );
}
