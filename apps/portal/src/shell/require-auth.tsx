import { useAuth, type Role } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';

export interface RequireAuthProps {
  anyOfRoles?: readonly Role[];
  children: ReactNode;
}

export function RequireAuth({ anyOfRoles, children }: RequireAuthProps) {
  const { t } = useTranslation();
  const { me, loading, hasAnyRole } = useAuth();
  const location = useLocation();
  if (loading) return <p role="status">{t('common.loading')}</p>;
  if (!me) return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (anyOfRoles && !hasAnyRole(...anyOfRoles)) return <Alert tone="error">{t('errors.forbidden')}</Alert>;
  return <>{children}</>;
}
