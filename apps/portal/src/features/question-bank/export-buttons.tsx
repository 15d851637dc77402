import { useApolloClient } from '@apollo/client/react';
import { exportQuestionsQuery, type QuestionFormat } from '@hocso/portal-data-access';
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

const EXPORT_FORMATS: readonly QuestionFormat[] = ['GIFT', 'MOODLE_XML'];

export function ExportButtons({ bankId, bankTitle, category, testIdSuffix }: ExportButtonsProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<QuestionFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const handleExport = async (format: QuestionFormat) => {
    setBusy(format);
    setError(null);
    try {
      const result = await client.query({ query: exportQuestionsQuery, variables: { bankId, format, category }, fetchPolicy: 'no-cache' });
      const text = result.data?.exportQuestions;
      if (text === undefined) throw result.error ?? new Error('no export');
      downloadText(text, exportFileName(bankTitle, format, category), format === 'MOODLE_XML' ? 'application/xml' : 'text/plain');
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
            data-testid={`export-${format === 'GIFT' ? 'gift' : 'xml'}-${testIdSuffix}`}
          >
            {t(`questionBank.export.${format}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
