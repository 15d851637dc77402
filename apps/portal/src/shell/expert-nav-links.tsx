import { useQuery } from '@apollo/client/react';
import { organiserActionsQuery, useAuth } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/**
 * The entries of a unit's digital-transformation expert, which no role tells: their unit's page, and the cohorts
 * they may gather when no role already shows them. Its own chunk, so that the first visit does not download it.
 */
export function ExpertNavLinks() {
  const { t } = useTranslation();
  const { hasAnyRole } = useAuth();
  // The roles that already show the cohorts in the navigation.
  const cohortsShown = hasAnyRole('TRAINER', 'ADMIN', 'UNIT_MANAGER');
  const { data } = useQuery(organiserActionsQuery);
  if (!data || data.myExpertUnits.length === 0) return null;
  return (
    <>
      {!cohortsShown && (
        <li>
          <NavLink to="/cohorts" data-testid="nav-cohorts">
            {t('nav.cohorts')}
          </NavLink>
        </li>
      )}
      <li>
        <NavLink to="/my-unit" data-testid="nav-my-unit">
          {t('nav.myUnit')}
        </NavLink>
      </li>
    </>
  );
}
