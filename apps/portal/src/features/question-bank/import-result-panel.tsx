import type { ImportQuestionsMutation } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export interface ImportResultPanelProps {
  result: ImportQuestionsMutation['importQuestions'];
}

export function ImportResultPanel({ result }: ImportResultPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="hs-stack" data-testid="import-result">
      <Alert tone={result.errors.length > 0 ? 'warning' : 'success'}>
        <span data-testid="import-imported" data-count={result.imported}>
          {t('questionBank.import.imported', { count: result.imported })}
        </span>
        {result.errors.length > 0 && <> {t('questionBank.import.rejected', { count: result.errors.length })}</>}
      </Alert>
      {result.errors.length > 0 && (
        <ol className="hs-qb-errors" aria-label={t('questionBank.import.errorsLabel')}>
          {result.errors.map((error, index) => (
            <li key={`${error.line ?? 'x'}-${index}`} data-testid="import-error" data-line={error.line ?? ''}>
              <strong>{error.line !== null ? t('questionBank.import.line', { line: error.line }) : t('questionBank.import.noLine')}</strong>{' '}
              {error.message}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
