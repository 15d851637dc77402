import { useQuery } from '@apollo/client/react';
import { organiserActionsQuery, useAuth } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { NavItem } from './nav-item';

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
        <NavItem to="/cohorts" testId="nav-cohorts" label={t('nav.cohorts')} />
      )}
      <NavItem to="/my-unit" testId="nav-my-unit" label={t('nav.myUnit')} />
    </>
  );
}
