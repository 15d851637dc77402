import { useQuery } from '@apollo/client/react';
import { questionBankQuestionsQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';
import { promptExcerpt } from './prompt-excerpt';

export interface QuestionListProps {
  bankId: string;
  category: string;
}

/** The current questions of a category and its subcategories. */
export function QuestionList({ bankId, category }: QuestionListProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(questionBankQuestionsQuery, {
    variables: { id: bankId, category },
    fetchPolicy: 'cache-and-network',
  });
  const questions = data?.questionBank?.questions ?? [];

  return (
    <Card title={t('questionBank.bank.questionsTitle', { count: questions.length })} headingLevel={2}>
      <QueryError error={error} />
      {loading && !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : questions.length === 0 ? (
        <p className="hs-muted" data-testid="questions-empty">
          {t('questionBank.bank.noQuestions')}
        </p>
      ) : (
        <ul className="hs-qb-list" data-testid="question-list">
          {questions.map((question) => (
            <li key={question.id} className="hs-qb-list__item" data-testid="question-row" data-question-type={question.type}>
              <div className="hs-row">
                <span className="hs-chip" data-testid="question-type">
                  {t(`questionBank.types.${question.type}`)}
                </span>
                {question.category && question.category !== category && <span className="hs-muted hs-qb-small">{question.category.replace(/^top\/?/, '')}</span>}
              </div>
              <Link to={`/teach/banks/${bankId}/questions/${question.id}`} className="hs-qb-list__title" data-testid="question-link">
                {question.name || t('questionBank.bank.untitled')}
              </Link>
              <span className="hs-muted hs-qb-excerpt">{promptExcerpt(question.prompt, question.promptFormat)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
