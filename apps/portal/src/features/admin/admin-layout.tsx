import { useAuth } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';

export function AdminLayout() {
  const { t } = useTranslation();
  const { hasAnyRole } = useAuth();
  return (
    <div className="hs-stack">
      <nav className="hs-subnav" aria-label={t('admin.navLabel')}>
        <ul>
          <li>
            <NavLink to="/admin/org-units" data-testid="admin-nav-orgunits">
              {t('admin.orgUnits.navTitle')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/users" data-testid="admin-nav-users">
              {t('admin.users.navTitle')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/imports" data-testid="admin-nav-imports">
              {t('admin.imports.navTitle')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/external-certificates" data-testid="admin-nav-external-certificates">
              {t('externalCertificates.reviewNavTitle')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/compliance" data-testid="admin-nav-compliance">
              {t('admin.compliance.navTitle')}
            </NavLink>
          </li>
          {hasAnyRole('ADMIN') && (
            <li>
              <NavLink to="/admin/reviews" data-testid="admin-nav-reviews">
                {t('courses.nav.reviews')}
              </NavLink>
            </li>
          )}
          {hasAnyRole('ADMIN') && (
            <li>
              <NavLink to="/admin/trusted-issuers" data-testid="admin-nav-trusted-issuers">
                {t('credentials.trusted.navTitle')}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
