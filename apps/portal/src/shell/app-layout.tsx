import { useAuth } from '@hocso/portal-data-access';
import { Layout } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { EmailConfirmationNotice } from './email-confirmation-notice';
import { LanguageSwitch } from './language-switch';
import { NavItem } from './nav-item';

// Only someone signed in has a bell: a first, anonymous visit does not download it.
const NotificationBell = lazy(() => import('../features/notifications/notification-bell').then((module) => ({ default: module.NotificationBell })));
const ExpertNavLinks = lazy(() => import('./expert-nav-links').then((module) => ({ default: module.ExpertNavLinks })));

export function AppLayout() {
  const { t } = useTranslation();
  const { me, hasAnyRole, signOut } = useAuth();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    await signOut();
    await navigate('/');
  };

  const nav = (
    <ul>
      <NavItem to="/" end label={t('nav.home')} />
      <NavItem to="/courses" testId="nav-courses" label={t('nav.catalogue')} />
      <NavItem to="/exams" end testId="nav-exams" label={t('nav.openExams')} />
      {me ? (
        <>
          <NavItem to="/my-learning" testId="nav-my-learning" label={t('nav.myLearning')} />
          {hasAnyRole('TRAINER', 'ADMIN') && (
            <NavItem to="/teach/courses" testId="nav-teach" label={t('nav.teach')} />
          )}
          <NavItem to="/sessions" testId="nav-sessions" label={t('nav.sessions')} />
          {hasAnyRole('TRAINER', 'ADMIN', 'UNIT_MANAGER') && (
            <NavItem to="/cohorts" testId="nav-cohorts" label={t('nav.cohorts')} />
          )}
          <Suspense fallback={null}>
            <ExpertNavLinks />
          </Suspense>
          <NavItem to="/my-certificates" testId="nav-my-certificates" label={t('nav.myCertificates')} />
          <NavItem to="/profile" testId="nav-profile" label={t('nav.profile')} />
          {hasAnyRole('TRAINER', 'ADMIN') && (
            <NavItem to="/teach/banks" testId="nav-question-banks" label={t('nav.questionBanks')} />
          )}
          {hasAnyRole('ADMIN', 'UNIT_MANAGER') && (
            <NavItem to="/admin" testId="nav-admin" label={t('nav.admin')} />
          )}
          <li>
            <button type="button" data-testid="nav-signout" onClick={() => void handleSignOut()}>
              {t('nav.signOut')}
            </button>
          </li>
        </>
      ) : (
        <>
          <NavItem to="/sign-in" testId="nav-signin" label={t('nav.signIn')} />
          <NavItem to="/sign-up" testId="nav-signup" label={t('nav.signUp')} />
        </>
      )}
    </ul>
  );

  return (
    <Layout
      brand={
        <Link to="/" aria-label={t('app.homeLink')}>
          {t('app.name')}
        </Link>
      }
      nav={nav}
      navLabel={t('nav.label')}
      menuLabel={t('nav.menu')}
      skipLinkLabel={t('nav.skipToContent')}
      actions={
        <>
          {me && (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          )}
          {me && (
            <span className="hs-current-user" data-testid="current-user" title={me.fullName}>
              {me.fullName}
            </span>
          )}
          <LanguageSwitch />
        </>
      }
      footer={<p>{t('app.footer')}</p>}
    >
      <EmailConfirmationNotice />
      <Outlet />
    </Layout>
  );
}
