import { useQuery } from '@apollo/client/react';
import { questionBankQuestionPageQuery } from '@hocso/portal-data-access';
import { Button, Card } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';
import { promptExcerpt } from './prompt-excerpt';
import { QuestionSearchBox } from './question-search-box';

const PAGE_SIZE = 50;

export interface QuestionListProps {
  bankId: string;
  category: string;
  search: string;
  onSearch: (search: string) => void;
}

/** The current questions of a category and its subcategories, a page at a time, optionally searched. */
export function QuestionList({ bankId, category, search, onSearch }: QuestionListProps) {
  const { t } = useTranslation();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(questionBankQuestionPageQuery, {
    variables: { id: bankId, category, search: search || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.questionBank?.questionPage;
  const questions = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const earlier = previous.questionBank?.questionPage;
          const next = fetchMoreResult.questionBank?.questionPage;
          if (!earlier || !next || !fetchMoreResult.questionBank) return fetchMoreResult;
          const known = new Set(earlier.edges.map((edge) => edge.node.id));
          return {
            ...fetchMoreResult,
            questionBank: {
              ...fetchMoreResult.questionBank,
              questionPage: { ...next, edges: [...earlier.edges, ...next.edges.filter((edge) => !known.has(edge.node.id))] },
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card title={t('questionBank.bank.questionsTitle', { count: connection?.totalCount ?? 0 })} headingLevel={2}>
      <QuestionSearchBox value={search} onSearch={onSearch} />
      <QueryError error={error} />
      {loading && !connection ? (
        <p role="status">{t('common.loading')}</p>
      ) : questions.length === 0 ? (
        search ? (
          <p className="hs-muted" data-testid="questions-no-match">
            {t('questionBank.bank.noMatches', { search })}
          </p>
        ) : (
          <p className="hs-muted" data-testid="questions-empty">
            {t('questionBank.bank.noQuestions')}
          </p>
        )
      ) : (
        <ul className="hs-qb-list" data-testid="question-list" data-total-count={connection?.totalCount}>
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
      {connection?.pageInfo.hasNextPage && (
        <Button variant="secondary" fullWidth busy={loadingMore} onClick={() => void loadMore()} data-testid="question-load-more">
          {t('questionBank.bank.loadMore')}
        </Button>
      )}
    </Card>
  );
}
