import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { SetPasswordPage } from './features/auth/set-password-page';
import { SignInPage } from './features/auth/sign-in-page';
import { SignUpPage } from './features/auth/sign-up-page';
import { HomePage } from './features/home/home-page';
import { NotFoundPage } from './features/not-found/not-found-page';
import { ProfilePage } from './features/profile/profile-page';
import { AppLayout } from './shell/app-layout';
import { RequireAuth } from './shell/require-auth';

const AdminLayout = lazy(() => import('./features/admin/admin-layout').then((module) => ({ default: module.AdminLayout })));
const OrgUnitsPage = lazy(() => import('./features/admin/org-units/org-units-page').then((module) => ({ default: module.OrgUnitsPage })));
const UsersPage = lazy(() => import('./features/admin/users/users-page').then((module) => ({ default: module.UsersPage })));
const ImportsPage = lazy(() => import('./features/admin/imports/imports-page').then((module) => ({ default: module.ImportsPage })));

function LazyPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{children}</Suspense>;
}

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="set-password" element={<SetPasswordPage />} />
        <Route
          path="profile"
          element={
            <RequireAuth>
              <ProfilePage />
            </RequireAuth>
          }
        />
        <Route
          path="admin"
          element={
            <RequireAuth anyOfRoles={['ADMIN', 'UNIT_MANAGER']}>
              <LazyPage>
                <AdminLayout />
              </LazyPage>
            </RequireAuth>
          }
        >
          <Route index element={<Navigate to="org-units" replace />} />
          <Route path="org-units" element={
              <LazyPage>
                <OrgUnitsPage />
              </LazyPage>
            } />
          <Route path="users" element={
              <LazyPage>
                <UsersPage />
              </LazyPage>
            } />
          <Route path="imports" element={
              <LazyPage>
                <ImportsPage />
              </LazyPage>
            } />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
