import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { CodePasswordForm } from './code-password-form';

/** Where the code sent by SMS is typed, with a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <div className="hs-form">
      <PageTitle title={t('auth.resetPasswordTitle')} />
      <CodePasswordForm
        purpose="reset"
        initialPhone={searchParams.get('phone') ?? ''}
        lead={t('auth.resetPasswordLead')}
        codeLabel={t('auth.smsCode')}
        submitLabel={t('auth.setPasswordAction')}
      />
      <p>
        <Link to="/forgot-password">{t('auth.resetPasswordNewCode')}</Link>
      </p>
    </div>
  );
}
