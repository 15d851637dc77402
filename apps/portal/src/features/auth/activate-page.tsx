import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { CodePasswordForm } from './code-password-form';

/** Officials onboarded with only a phone: the code on the sheet their unit handed them, then a password. */
export function ActivatePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <div className="hs-form">
      <PageTitle title={t('auth.activateTitle')} />
      <CodePasswordForm
        purpose="activation"
        initialPhone={searchParams.get('phone') ?? ''}
        lead={t('auth.activateLead')}
        codeLabel={t('auth.activationCode')}
        submitLabel={t('auth.activateAction')}
      />
    </div>
  );
}
