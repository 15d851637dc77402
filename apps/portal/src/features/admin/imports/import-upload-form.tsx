import { useApolloClient } from '@apollo/client/react';
import { officialImportPreviewQuery, type OfficialImportPreviewQuery } from '@hocso/portal-data-access';
import { Button, Card } from '@hocso/portal-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { readFileAsBase64 } from './file-to-base64';
import { looksLikeCsvFile, MAX_IMPORT_FILE_BYTES } from './official-import-csv';
import { SampleCsvHelp } from './sample-csv-help';

/** A file read and previewed: what the confirmation imports. */
export interface PreviewedFile {
  fileName: string;
  contentBase64: string;
  preview: OfficialImportPreviewQuery['officialImportPreview'];
}

export interface ImportUploadFormProps {
  onPreviewed: (file: PreviewedFile) => void;
}

/** Chooses a CSV and runs the dry run: nothing is written until the preview is confirmed. */
export function ImportUploadForm({ onPreviewed }: ImportUploadFormProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setLocalError(null);
    if (!file) {
      setLocalError(t('admin.imports.fileRequired'));
      return;
    }
    if (!looksLikeCsvFile(file)) {
      setLocalError(t('admin.imports.fileNotCsv'));
      return;
    }
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setLocalError(t('admin.imports.fileTooLarge', { megabytes: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    try {
      setReading(true);
      const contentBase64 = await readFileAsBase64(file);
      setReading(false);
      setLoading(true);
      const result = await client.query({ query: officialImportPreviewQuery, variables: { input: { fileName: file.name, contentBase64 } }, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      const preview = result.data?.officialImportPreview;
      if (preview) {
        onPreviewed({ fileName: file.name, contentBase64, preview });
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    } catch (cause) {
      showError(cause);
    } finally {
      setReading(false);
      setLoading(false);
    }
  };

  const fileError = localError ?? fieldError('contentBase64') ?? fieldError('fileName');

  return (
    <Card title={t('admin.imports.uploadTitle')}>
      <SampleCsvHelp />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormError error={error} />
        <div className={['hs-field', fileError ? 'hs-field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="hs-field__label" htmlFor={inputId}>
            {t('admin.imports.fileLabel')}
          </label>
          <input
            ref={fileInput}
            id={inputId}
            className="hs-field__input hs-file-input"
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setLocalError(null);
            }}
          />
          {fileError && (
            <p className="hs-field__error" id={`${inputId}-error`} role="alert">
              {fileError}
            </p>
          )}
        </div>
        <Button type="submit" busy={loading || reading} data-testid="import-submit">
          {t('admin.imports.submit')}
        </Button>
      </form>
    </Card>
  );
}
