import { useApolloClient } from '@apollo/client/react';
import { myEnrollmentsQuery, uploadLessonFile, useAuth, type UploadedLessonFile } from '@hocso/portal-data-access';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toSupportedLanguage } from '../i18n/languages';
import { toDisplayError } from './display-error';

export interface FileUploadFieldProps {
  label: string;
  hint: string;
  /** The upload route (multipart field `file`, bearer token), e.g. /uploads/lesson-files. */
  url: string;
  /** What the file picker offers (the server checks the content anyway). */
  accept?: string;
  uploadingText: string;
  /** What is uploaded now, as a sentence; null when nothing is. */
  currentText: string | null;
  onUploaded(file: UploadedLessonFile): void;
  testId: string;
  disabled?: boolean;
}

/** Uploads the chosen file at once and shows the server's refusal, in the screen's language, when there is one. */
export function FileUploadField({ label, hint, url, accept, uploadingText, currentText, onUploaded, testId, disabled }: FileUploadFieldProps) {
  const { t, i18n } = useTranslation();
  const { getAccessToken } = useAuth();
  const client = useApolloClient();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const uploaded = await uploadLessonFile(file, {
        url,
        getAccessToken,
        currentLanguage: () => toSupportedLanguage(i18n.language),
        // An authenticated query renews an expired access token through the Apollo link.
        renewSession: async () => {
          await client.query({ query: myEnrollmentsQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
        },
      });
      onUploaded(uploaded);
    } catch (cause) {
      const display = toDisplayError(cause, (key) => t(key));
      setError(display.fieldErrors['file'] ?? display.message);
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className={['hs-field', error ? 'hs-field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        className="hs-field__input hs-file-input"
        disabled={disabled || uploading}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <p className="hs-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {uploading && <p role="status">{uploadingText}</p>}
      {currentText && !uploading && (
        <p className="hs-muted" data-testid={`${testId}-current`}>
          {currentText}
        </p>
      )}
      {error && (
        <p className="hs-field__error" id={`${id}-error`} role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
