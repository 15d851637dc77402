import { useMutation } from '@apollo/client/react';
import { importQuestionsMutation, type ImportQuestionsMutation, type QuestionFormat } from '@hocso/portal-data-access';
import { Alert, Button, SelectField, TextAreaField } from '@hocso/portal-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { useModalDialog } from '../../shared/use-modal-dialog';
import { decodeUtf8Strict, guessFormat, guessFormatFromContent, IMPORT_FILE_ACCEPT, MAX_IMPORT_BYTES, QUESTION_FORMATS } from './import-format';
import { ImportResultPanel } from './import-result-panel';

export interface ImportDialogProps {
  bankId: string;
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

interface LoadedFile {
  name: string;
  text: string;
}

export function ImportDialog({ bankId, open, onClose, onImported }: ImportDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const [importQuestions, { loading }] = useMutation(importQuestionsMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [text, setText] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [format, setFormat] = useState<QuestionFormat>('GIFT');
  const [formatChosen, setFormatChosen] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportQuestionsMutation['importQuestions'] | null>(null);


  const reset = () => {
    setText('');
    setFile(null);
    setFormat('GIFT');
    setFormatChosen(false);
    setFileError(null);
    setResult(null);
    clearError();
    if (fileInput.current) fileInput.current.value = '';
  };

  const handleFile = async (chosen: File | undefined) => {
    setFileError(null);
    setResult(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setFileError(t('questionBank.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }));
      return;
    }
    const decoded = decodeUtf8Strict(await chosen.arrayBuffer());
    if (!decoded.ok) {
      setFileError(t('questionBank.import.notUtf8', { name: chosen.name }));
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setFile({ name: chosen.name, text: decoded.text });
    setFormat(guessFormat(chosen.name, decoded.text));
    setFormatChosen(false);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setResult(null);
    const content = file?.text ?? text;
    if (content.trim() === '') {
      setFileError(t('questionBank.import.empty'));
      return;
    }
    if (new TextEncoder().encode(content).byteLength > MAX_IMPORT_BYTES) {
      setFileError(t('questionBank.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }));
      return;
    }
    try {
      const response = await importQuestions({ variables: { input: { bankId, format, content } } });
      const outcome = response.data?.importQuestions;
      if (outcome) {
        setResult(outcome);
        if (outcome.imported > 0) onImported();
      }
    } catch (cause) {
      showError(cause);
    }
  };

  const close = () => {
    reset();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="hs-qb-dialog"
      aria-labelledby={`${fileInputId}-title`}
      data-testid="import-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="hs-qb-dialog__header">
        <h2 id={`${fileInputId}-title`}>{t('questionBank.import.title')}</h2>
        <Button variant="link" onClick={close} aria-label={t('questionBank.import.close')} data-testid="import-close">
          ✕
        </Button>
      </div>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack">
        <p className="hs-muted">{t('questionBank.import.lead')}</p>
        <FormError error={error} />
        <div className={['hs-field', fileError ? 'hs-field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="hs-field__label" htmlFor={fileInputId}>
            {t('questionBank.import.fileLabel')}
          </label>
          <input
            ref={fileInput}
            id={fileInputId}
            type="file"
            accept={IMPORT_FILE_ACCEPT}
            className="hs-field__input hs-file-input"
            data-testid="import-file-input"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileInputId}-error` : `${fileInputId}-hint`}
            onChange={(event) => void handleFile(event.target.files?.[0])}
          />
          <p className="hs-field__hint" id={`${fileInputId}-hint`}>
            {t('questionBank.import.fileHint')}
          </p>
          {fileError && (
            <p className="hs-field__error" id={`${fileInputId}-error`} role="alert" data-testid="import-file-error">
              {fileError}
            </p>
          )}
        </div>
        {file ? (
          <div className="hs-row" data-testid="import-file-loaded">
            <span>{t('questionBank.import.fileLoaded', { name: file.name, lines: file.text.split('\n').length })}</span>
            <Button
              variant="link"
              onClick={() => {
                setFile(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              {t('questionBank.import.removeFile')}
            </Button>
          </div>
        ) : (
          <TextAreaField
            label={t('questionBank.import.pasteLabel')}
            rows={8}
            spellCheck={false}
            value={text}
            className="hs-qb-code"
            data-testid="import-text"
            error={fieldError('content')}
            onChange={(event) => {
              setText(event.target.value);
              setResult(null);
              setFileError(null);
              if (!formatChosen) setFormat(guessFormatFromContent(event.target.value));
            }}
          />
        )}
        <SelectField
          label={t('questionBank.import.formatLabel')}
          value={format}
          options={QUESTION_FORMATS.map((value) => ({ value, label: t(`questionBank.formats.${value}`) }))}
          onChange={(event) => {
            setFormat(event.target.value as QuestionFormat);
            setFormatChosen(true);
          }}
          error={fieldError('format')}
          data-testid="import-format"
        />
        <div className="hs-row">
          <Button type="submit" busy={loading} data-testid="import-submit">
            {t('questionBank.import.submit')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('questionBank.import.close')}
          </Button>
        </div>
        {result && <ImportResultPanel result={result} />}
        {result && result.imported === 0 && result.errors.length === 0 && <Alert tone="warning">{t('questionBank.import.nothing')}</Alert>}
      </form>
    </dialog>
  );
}
