import { useAuth } from '@hocso/portal-data-access';
import { Layout } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { EmailConfirmationNotice } from './email-confirmation-notice';
import { LanguageSwitch } from './language-switch';

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
      <li>
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/courses" data-testid="nav-courses">
          {t('nav.catalogue')}
        </NavLink>
      </li>
      <li>
        <NavLink to="/exams" end data-testid="nav-exams">
          {t('nav.openExams')}
        </NavLink>
      </li>
      {me ? (
        <>
          <li>
            <NavLink to="/my-learning" data-testid="nav-my-learning">
              {t('nav.myLearning')}
            </NavLink>
          </li>
          {hasAnyRole('TRAINER', 'ADMIN') && (
            <li>
              <NavLink to="/teach/courses" data-testid="nav-teach">
                {t('nav.teach')}
              </NavLink>
            </li>
          )}
          <li>
            <NavLink to="/sessions" data-testid="nav-sessions">
              {t('nav.sessions')}
            </NavLink>
          </li>
          {hasAnyRole('TRAINER', 'ADMIN', 'UNIT_MANAGER') && (
            <li>
              <NavLink to="/cohorts" data-testid="nav-cohorts">
                {t('nav.cohorts')}
              </NavLink>
            </li>
          )}
          <Suspense fallback={null}>
            <ExpertNavLinks />
          </Suspense>
          <li>
            <NavLink to="/my-certificates" data-testid="nav-my-certificates">
              {t('nav.myCertificates')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/profile" data-testid="nav-profile">
              {t('nav.profile')}
            </NavLink>
          </li>
          {hasAnyRole('TRAINER', 'ADMIN') && (
            <li>
              <NavLink to="/teach/banks" data-testid="nav-question-banks">
                {t('nav.questionBanks')}
              </NavLink>
            </li>
          )}
          {hasAnyRole('ADMIN', 'UNIT_MANAGER') && (
            <li>
              <NavLink to="/admin" data-testid="nav-admin">
                {t('nav.admin')}
              </NavLink>
            </li>
          )}
          <li>
            <button type="button" data-testid="nav-signout" onClick={() => void handleSignOut()}>
              {t('nav.signOut')}
            </button>
          </li>
        </>
      ) : (
        <>
          <li>
            <NavLink to="/sign-in" data-testid="nav-signin">
              {t('nav.signIn')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/sign-up" data-testid="nav-signup">
              {t('nav.signUp')}
            </NavLink>
          </li>
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
