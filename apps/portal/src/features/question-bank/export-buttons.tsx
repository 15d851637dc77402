import { useApolloClient } from '@apollo/client/react';
import { questionExportQuery, type QuestionExportQuery, type QuestionFormat } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../shared/display-error';
import { downloadText } from './download-text';
import { exportFileName } from './import-format';

export interface ExportButtonsProps {
  bankId: string;
  bankTitle: string;
  /** the selected category; null exports the whole bank */
  category: string | null;
  testIdSuffix: string;
}

const EXPORT_FORMATS: readonly QuestionFormat[] = ['GIFT', 'MOODLE_XML', 'AIKEN'];
const TEST_ID_OF: Record<QuestionFormat, string> = { GIFT: 'gift', MOODLE_XML: 'xml', AIKEN: 'aiken' };

type SkippedQuestions = QuestionExportQuery['questionExport']['skipped'];

export function ExportButtons({ bankId, bankTitle, category, testIdSuffix }: ExportButtonsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<QuestionFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<SkippedQuestions>([]);

  const handleExport = async (format: QuestionFormat) => {
    setBusy(format);
    setError(null);
    setSkipped([]);
    try {
      const result = await client.query({ query: questionExportQuery, variables: { bankId, format, category }, fetchPolicy: 'no-cache' });
      const exported = result.data?.questionExport;
      if (exported === undefined) throw result.error ?? new Error('no export');
      setSkipped(exported.skipped);
      if (exported.questionCount === 0 && exported.skipped.length > 0) return;
      downloadText(exported.text, exportFileName(bankTitle, format, category), format === 'MOODLE_XML' ? 'application/xml' : 'text/plain');
    } catch (cause) {
      setError(toDisplayError(cause, (key) => t(key)).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="hs-stack hs-qb-export">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="hs-row">
        {EXPORT_FORMATS.map((format) => (
          <Button
            key={format}
            variant="secondary"
            busy={busy === format}
            onClick={() => void handleExport(format)}
            data-testid={`export-${TEST_ID_OF[format]}-${testIdSuffix}`}
          >
            {t(`questionBank.export.${format}`)}
          </Button>
        ))}
      </div>
      {skipped.length > 0 && (
        <Alert tone="warning">
          <div data-testid={`export-skipped-${testIdSuffix}`}>
            <p>{t('questionBank.export.skipped', { count: skipped.length })}</p>
            <ul>
              {skipped.map((question) => (
                <li key={question.questionId}>
                  <strong>{question.name}</strong>: {question.message}
                </li>
              ))}
            </ul>
          </div>
        </Alert>
      )}
    </div>
  );
}
