import { useMutation, useQuery } from '@apollo/client/react';
import { addTrustedIssuerMutation, removeTrustedIssuerMutation, trustedIssuersQuery } from '@hocso/portal-data-access';
import { Button, Card, TextAreaField, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { useDisplayError } from '../../shared/use-display-error';

const EMPTY = { did: '', name: '', logoUrl: '', didDocument: '' };

/** Administrators keep the did:web issuers whose credentials verify, each with the DID document they checked. */
export function TrustedIssuersPage() {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(trustedIssuersQuery, { fetchPolicy: 'cache-and-network' });
  const [add, { loading }] = useMutation(addTrustedIssuerMutation, { refetchQueries: [trustedIssuersQuery] });
  const [remove] = useMutation(removeTrustedIssuerMutation, { refetchQueries: [trustedIssuersQuery] });
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [form, setForm] = useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await add({ variables: { input: { ...form, logoUrl: form.logoUrl || null } } });
      setForm(EMPTY);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <>
      <PageTitle title={t('credentials.trusted.title')} />
      <p>{t('credentials.trusted.intro')}</p>
      {loadError && <QueryError error={loadError} />}
      <ul className="hs-card-list" data-testid="trusted-issuers">
        {data?.trustedIssuers.map((issuer) => (
          <li key={issuer.id}>
            <Card title={issuer.name}>
              <p style={{ overflowWrap: 'anywhere' }}>{issuer.did}</p>
              <Button variant="danger" onClick={() => void remove({ variables: { id: issuer.id } }).catch(showError)}>
                {t('credentials.trusted.remove')}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
      <Card title={t('credentials.trusted.addTitle')}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormError error={error} />
          <TextField label={t('credentials.trusted.did')} required value={form.did} onChange={set('did')} error={fieldError('did')} data-testid="trusted-did" />
          <TextField label={t('credentials.trusted.name')} required value={form.name} onChange={set('name')} error={fieldError('name')} data-testid="trusted-name" />
          <TextField label={t('credentials.trusted.logoUrl')} type="url" value={form.logoUrl} onChange={set('logoUrl')} error={fieldError('logoUrl')} />
          <TextAreaField label={t('credentials.trusted.didDocument')} rows={6} required value={form.didDocument} onChange={set('didDocument')} error={fieldError('didDocument')} spellCheck={false} data-testid="trusted-document" />
          <Button type="submit" busy={loading} data-testid="trusted-add">
            {t('credentials.trusted.add')}
          </Button>
        </form>
      </Card>
    </>
  );
}
