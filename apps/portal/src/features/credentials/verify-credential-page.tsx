import { useLazyQuery } from '@apollo/client/react';
import { type CheckCredentialQuery, checkCredentialQuery } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextAreaField } from '@hocso/portal-ui';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';

type CredentialCheck = CheckCredentialQuery['checkCredential'];

/** The server reads at most 1 MB; a larger file is refused here without sending it. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Anyone checks a credential file or pasted JSON; the server verifies it offline and stores nothing. */
export function VerifyCredentialPage() {
  const { t } = useTranslation();
  const [json, setJson] = useState('');
  const [fileTooLarge, setFileTooLarge] = useState(false);
  const [check, { data, loading }] = useLazyQuery(checkCredentialQuery, { fetchPolicy: 'no-cache' });
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [result, setResult] = useState<CredentialCheck | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setResult(null);
    try {
      const answer = await check({ variables: { json } });
      if (answer.error) throw answer.error;
      setResult(answer.data?.checkCredential ?? null);
    } catch (cause) {
      showError(cause);
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileTooLarge(false);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileTooLarge(true);
      return;
    }
    setJson(await file.text());
  };

  const shown = result ?? (data && !error ? data.checkCredential : null);
  return (
    <>
      <PageTitle title={t('credentials.verifyTitle')} />
      <p>{t('credentials.verifyIntro')}</p>
      <Card>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormError error={error} />
          <label className="hs-field">
            <span className="hs-field__label">{t('credentials.chooseFile')}</span>
            <input type="file" accept=".json,application/json,application/ld+json" onChange={(event) => void chooseFile(event)} data-testid="credential-file" />
          </label>
          {fileTooLarge && <Alert tone="error">{t('credentials.fileTooLarge', { limit: '1 MB' })}</Alert>}
          <TextAreaField
            label={t('credentials.pasteJson')}
            rows={8}
            required
            value={json}
            onChange={(event) => setJson(event.target.value)}
            error={fieldError('json')}
            spellCheck={false}
            data-testid="credential-json"
          />
          <Button type="submit" busy={loading} disabled={!json.trim()} data-testid="credential-check">
            {t('credentials.checkAction')}
          </Button>
        </form>
      </Card>
      {shown && <CredentialCheckResult check={shown} />}
    </>
  );
}

const WARNING_KEYS = {
  REVOKED: 'credentials.state.REVOKED',
  EXPIRED: 'credentials.state.EXPIRED',
  NOT_YET_VALID: 'credentials.state.NOT_YET_VALID',
  UNKNOWN_ISSUER: 'credentials.state.UNKNOWN_ISSUER',
  STATUS_UNKNOWN: 'credentials.state.STATUS_UNKNOWN',
} as const;

export function CredentialCheckResult({ check }: { check: CredentialCheck }) {
  const { t, i18n } = useTranslation();
  if (check.state === 'SIGNATURE_INVALID') {
    // Nothing the credential claims is shown: none of it can be believed.
    return (
      <Alert tone="error" data-testid="credential-result" data-state={check.state}>
        <strong>{t('credentials.state.SIGNATURE_INVALID')}</strong>
        <p>{check.message}</p>
      </Alert>
    );
  }
  const date = (value: unknown) => (typeof value === 'string' ? new Date(value).toLocaleDateString(i18n.language) : '—');
  return (
    <Card data-testid="credential-result" data-state={check.state}>
      {check.state === 'VALID' ? (
        <Alert tone="success">
          <strong>{t('credentials.state.VALID')}</strong>
        </Alert>
      ) : (
        check.warnings.map((warning) => (
          <Alert key={warning} tone="warning" data-testid={`credential-warning-${warning}`}>
            <strong>{t(WARNING_KEYS[warning as keyof typeof WARNING_KEYS] ?? 'credentials.state.UNKNOWN_ISSUER')}</strong>
          </Alert>
        ))
      )}
      <p>{check.message}</p>
      <dl className="hs-definition-list">
        <dt>{t('credentials.field.credential')}</dt>
        <dd>{check.credentialName ?? check.achievementName ?? '—'}</dd>
        <dt>{t('credentials.field.holder')}</dt>
        <dd>{check.holderName ?? '—'}</dd>
        <dt>{t('credentials.field.issuer')}</dt>
        <dd>
          {check.trustedIssuerLogoUrl && <img src={check.trustedIssuerLogoUrl} alt="" width={24} height={24} />} {check.trustedIssuerName ?? check.issuerName ?? '—'}
          <br />
          <small style={{ overflowWrap: 'anywhere' }}>{check.issuerId}</small>
        </dd>
        <dt>{t('credentials.field.validFrom')}</dt>
        <dd>{date(check.validFrom)}</dd>
        <dt>{t('credentials.field.validUntil')}</dt>
        <dd>{check.validUntil ? date(check.validUntil) : t('credentials.noExpiry')}</dd>
        <dt>{t('credentials.field.status')}</dt>
        <dd data-testid="credential-status">{check.revoked === true ? t('credentials.revoked') : check.revoked === false ? t('credentials.notRevoked') : t('credentials.statusUnchecked')}</dd>
      </dl>
    </Card>
  );
}
