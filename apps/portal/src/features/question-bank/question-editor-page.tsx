import { useQuery } from '@apollo/client/react';
import { questionBankQuery, questionQuery } from '@hocso/portal-data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { QuestionEditor } from './question-editor';
import { emptyQuestionForm, questionToForm } from './question-form-model';
import { isQuestionType } from './question-types';

export function QuestionEditorPage() {
  const { t } = useTranslation();
  const { bankId = '', questionId } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const bankResult = useQuery(questionBankQuery, { variables: { id: bankId } });
  const questionResult = useQuery(questionQuery, { variables: { id: questionId ?? '' }, skip: !questionId, fetchPolicy: 'network-only' });
  const bank = bankResult.data?.questionBank;
  const question = questionId ? questionResult.data?.question : null;
  const requestedType = searchParams.get('type') ?? '';
  const initialForm = useMemo(() => {
    if (question) return questionToForm(question);
    return emptyQuestionForm(isQuestionType(requestedType) ? requestedType : 'SINGLE_CHOICE', searchParams.get('category') ?? 'top');
  }, [question, requestedType, searchParams]);

  const bankLink = (category?: string | null) =>
    `/teach/banks/${bankId}${category && category !== 'top' ? `?category=${encodeURIComponent(category)}` : ''}`;

  if (bankResult.loading || (questionId && questionResult.loading)) return <p role="status">{t('common.loading')}</p>;
  if (!bank || (questionId && !question)) {
    return (
      <>
        <PageTitle title={t('questionBank.editor.notFound')} />
        <QueryError error={bankResult.error ?? questionResult.error} />
        <Link to={bankLink()}>{t('questionBank.bank.back')}</Link>
      </>
    );
  }

  const back = bankLink(question?.category ?? searchParams.get('category'));
  return (
    <>
      <p className="hs-qb-breadcrumb">
        <Link to="/teach/banks">{t('questionBank.banks.title')}</Link> › <Link to={back}>{bank.title}</Link>
      </p>
      <PageTitle title={question ? t('questionBank.editor.editTitle', { name: question.name ?? '' }) : t('questionBank.editor.newTitle')} />
      <QuestionEditor
        key={question ? `${question.id}-${question.version}` : 'new'}
        bankId={bankId}
        question={question ?? null}
        initialForm={initialForm}
        categoryPaths={bank.categories.map((category) => category.path)}
        backLink={back}
        onSaved={(saved) => void navigate(bankLink(saved.category), { state: { savedQuestionId: saved.id } })}
        onDeleted={() => void navigate(back)}
      />
    </>
  );
}
