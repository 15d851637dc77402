import { useAuth } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { ReminderPreferencesForm } from './reminder-preferences-form';

export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  if (!me) return null;
  return (
    <>
      <PageTitle title={t('profile.title')} />
      <div className="hs-split">
        <ProfileForm key={me.id} user={me} />
        <ChangePasswordForm />
      </div>
      <ReminderPreferencesForm />
      <p>
        <Link to="/external-certificates" data-testid="profile-external-certificates">
          {t('externalCertificates.title')}
        </Link>
      </p>
    </>
  );
}
