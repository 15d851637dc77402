import { useMutation } from '@apollo/client/react';
import { confirmEmailMutation, useAuth } from '@hocso/portal-data-access';
import { Alert, Card } from '@hocso/portal-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';

/** Where the confirmation mail's link leads; the route asks the person to sign in first (see RequireAuth). */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { refetchMe } = useAuth();
  const [confirmEmail] = useMutation(confirmEmailMutation);
  const { error, showError } = useDisplayError();
  const [done, setDone] = useState(false);
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    confirmEmail({ variables: { token } })
      .then(async () => {
        setDone(true);
        await refetchMe();
      })
      .catch(showError);
  }, [confirmEmail, refetchMe, showError, token]);

  return (
    <div className="hs-form">
      <PageTitle title={t('auth.confirmEmailTitle')} />
      <Card>
        {!token ? (
          <Alert tone="error" data-testid="form-error">
            {t('auth.confirmEmailMissingToken')}
          </Alert>
        ) : done ? (
          <Alert tone="success" data-testid="confirm-email-done">
            {t('auth.confirmEmailDone')}
          </Alert>
        ) : error ? (
          <FormError error={error} />
        ) : (
          <p role="status">{t('auth.confirmEmailWorking')}</p>
        )}
        <p>
          <Link to="/">{t('nav.home')}</Link>
        </p>
      </Card>
    </div>
  );
}
