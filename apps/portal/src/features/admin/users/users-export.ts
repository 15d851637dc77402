import type { Role } from '@hocso/portal-data-access';
import { downloadBlob } from '../../question-bank/download-text';

export interface UsersExportFilters {
  search: string | null;
  role: Role | null;
  orgUnitId: string | null;
  deactivated: boolean | null;
}

/** The export's address for the filters of the list: the same people, the whole list. */
export function usersExportPath(filters: UsersExportFilters): string {
  const query = new URLSearchParams();
  if (filters.search) query.set('search', filters.search);
  if (filters.role) query.set('role', filters.role);
  if (filters.orgUnitId) query.set('orgUnitId', filters.orgUnitId);
  if (filters.deactivated !== null) query.set('deactivated', String(filters.deactivated));
  const text = query.toString();
  return `/users/export.csv${text ? `?${text}` : ''}`;
}

/** Fetches the CSV with the bearer token (the route takes no cookie) and saves it. */
export async function downloadUsersCsv(filters: UsersExportFilters, accessToken: string | null, fileName: string): Promise<void> {
  const response = await fetch(usersExportPath(filters), { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { name: 'ServerError', statusCode: response.status });
  downloadBlob(await response.blob(), fileName);
}
