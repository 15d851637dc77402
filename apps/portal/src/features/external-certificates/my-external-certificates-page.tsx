import { useMutation, useQuery } from '@apollo/client/react';
import { myExternalCertificatesQuery, submitExternalCertificateMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextAreaField, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { FileUploadField } from '../../shared/file-upload-field';
import { useDisplayError } from '../../shared/use-display-error';

const EMPTY = { title: '', issuerName: '', hours: '', issuedOn: '', evidenceUrl: '', credentialJson: '' };

type EvidenceFile = { id: string; name: string };

/** A learner submits a certificate earned elsewhere and follows what became of their submissions. */
export function MyExternalCertificatesPage() {
  const { t, i18n } = useTranslation();
  const { data, error: loadError } = useQuery(myExternalCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  const [submit, { loading }] = useMutation(submitExternalCertificateMutation, { refetchQueries: [myExternalCertificatesQuery] });
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [form, setForm] = useState(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  const [evidenceFile, setEvidenceFile] = useState<EvidenceFile | null>(null);
  // A new field after each submission, so that the picker forgets the file it sent.
  const [uploadKey, setUploadKey] = useState(0);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setSubmitted(false);
    try {
      await submit({
        variables: {
          input: {
            title: form.title,
            issuerName: form.issuerName,
            hours: Number(form.hours),
            issuedOn: form.issuedOn ? new Date(`${form.issuedOn}T00:00:00`).toISOString() : '',
            evidenceUrl: form.evidenceUrl || null,
            evidenceFileId: evidenceFile?.id ?? null,
            credentialJson: form.credentialJson || null,
          },
        },
      });
      setForm(EMPTY);
      setEvidenceFile(null);
      setUploadKey(uploadKey + 1);
      setSubmitted(true);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <>
      <PageTitle title={t('externalCertificates.title')} />
      <Card title={t('externalCertificates.submitTitle')}>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormError error={error} />
          {submitted && <Alert tone="success">{t('externalCertificates.submitted')}</Alert>}
          <TextField label={t('externalCertificates.field.title')} required value={form.title} onChange={set('title')} error={fieldError('title')} data-testid="external-title" />
          <TextField label={t('externalCertificates.field.issuer')} required value={form.issuerName} onChange={set('issuerName')} error={fieldError('issuerName')} data-testid="external-issuer" />
          <TextField label={t('externalCertificates.field.hours')} type="number" inputMode="decimal" min={0} step="0.5" required value={form.hours} onChange={set('hours')} error={fieldError('hours')} data-testid="external-hours" />
          <TextField label={t('externalCertificates.field.issuedOn')} type="date" required value={form.issuedOn} onChange={set('issuedOn')} error={fieldError('issuedOn')} data-testid="external-issued-on" />
          <TextField label={t('externalCertificates.field.evidenceUrl')} type="url" value={form.evidenceUrl} onChange={set('evidenceUrl')} error={fieldError('evidenceUrl')} data-testid="external-evidence-url" />
          <FileUploadField
            key={uploadKey}
            label={t('externalCertificates.field.evidenceFile')}
            hint={t('externalCertificates.evidenceFileHint')}
            url="/uploads/external-certificate-evidence"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            uploadingText={t('externalCertificates.evidenceUploading')}
            currentText={evidenceFile ? t('externalCertificates.evidenceFileCurrent', { name: evidenceFile.name }) : null}
            onUploaded={(file) => setEvidenceFile({ id: file.id, name: file.name })}
            testId="external-evidence-file"
          />
          <TextAreaField
            label={t('externalCertificates.field.credentialJson')}
            hint={t('externalCertificates.credentialHint')}
            rows={5}
            value={form.credentialJson}
            onChange={set('credentialJson')}
            error={fieldError('credentialJson')}
            spellCheck={false}
            data-testid="external-credential-json"
          />
          <Button type="submit" busy={loading} data-testid="external-submit">
            {t('externalCertificates.submitAction')}
          </Button>
        </form>
      </Card>
      <h2>{t('externalCertificates.mineTitle')}</h2>
      {loadError && <QueryError error={loadError} />}
      {data?.myExternalCertificates.length === 0 && <p>{t('externalCertificates.none')}</p>}
      <ul className="hs-card-list" data-testid="my-external-certificates">
        {data?.myExternalCertificates.map((certificate) => (
          <li key={certificate.id}>
            <Card title={certificate.title}>
              <p>
                {certificate.issuerName} · {t('externalCertificates.hoursCount', { count: certificate.hours })} · {new Date(certificate.issuedOn).toLocaleDateString(i18n.language)}
              </p>
              <p data-testid="external-status">{t(`externalCertificates.status.${certificate.status}`)}</p>
              {certificate.reviewReason && <p>{t('externalCertificates.reason', { reason: certificate.reviewReason })}</p>}
              {certificate.evidenceFile && (
                <p>
                  <a href={certificate.evidenceFile.url} data-testid="external-evidence-link">
                    {certificate.evidenceFile.name}
                  </a>
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
