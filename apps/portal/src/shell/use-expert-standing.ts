import { useQuery } from '@apollo/client/react';
import { organiserActionsQuery } from '@hocso/portal-data-access';

/** Whether the signed-in person is a unit's digital-transformation expert, which no role tells (asked only when signed in). */
export function useExpertStanding(signedIn: boolean): { isExpert: boolean } {
  const { data } = useQuery(organiserActionsQuery, { skip: !signedIn });
  return { isExpert: signedIn && (data?.myExpertUnits.length ?? 0) > 0 };
}
