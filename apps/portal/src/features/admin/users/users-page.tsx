import { useQuery } from '@apollo/client/react';
import { usersQuery, type Role, useAuth } from '@hocso/portal-data-access';
import { Alert, Button, SelectField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/enum-options';
import { PageTitle } from '../../../shared/page-title';
import { toDisplayError } from '../../../shared/display-error';
import { QueryError } from '../../../shared/query-error';
import { CreateUserForm } from './create-user-form';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';
import { UserCard } from './user-card';
import { downloadUsersCsv, type UsersExportFilters } from './users-export';

const PAGE_SIZE = 20;

type StatusFilter = 'ACTIVE' | 'DEACTIVATED' | 'ALL';

interface UserFilters {
  search: string;
  role: Role | '';
  orgUnit: PickedOrgUnit | null;
  status: StatusFilter;
}

function exportFiltersOf(filters: UserFilters): UsersExportFilters {
  return {
    search: filters.search.trim() || null,
    role: filters.role || null,
    orgUnitId: filters.orgUnit?.id ?? null,
    deactivated: filters.status === 'ALL' ? null : filters.status === 'DEACTIVATED',
  };
}

export function UsersPage() {
  const { t } = useTranslation();
  const { getAccessToken } = useAuth();
  const [draft, setDraft] = useState<UserFilters>({ search: '', role: '', orgUnit: null, status: 'ACTIVE' });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [applied, setApplied] = useState<UserFilters>(draft);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(usersQuery, {
    variables: { ...exportFiltersOf(applied), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.users;
  const listActions = data?.peopleListActions ?? [];

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await downloadUsersCsv(exportFiltersOf(applied), getAccessToken(), t('admin.users.exportFileName'));
    } catch (cause) {
      setExportError(toDisplayError(cause, (key) => t(key)).message);
    } finally {
      setExporting(false);
    }
  };

  const handleSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApplied(draft);
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageTitle title={t('admin.users.title')} />
      <form className="hs-filter-form" onSubmit={handleSearch} role="search">
        <TextField
          label={t('admin.users.search')}
          hint={t('admin.users.searchHint')}
          type="search"
          value={draft.search}
          onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          data-testid="users-search"
        />
        <SelectField
          label={t('admin.users.roleFilter')}
          value={draft.role}
          onChange={(event) => setDraft({ ...draft, role: event.target.value as Role | '' })}
          options={[{ value: '', label: t('admin.users.anyRole') }, ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))]}
          data-testid="users-role-filter"
        />
        <OrgUnitPicker
          label={t('admin.users.orgUnitFilter')}
          value={draft.orgUnit}
          onChange={(orgUnit) => setDraft({ ...draft, orgUnit })}
          clearLabel={t('admin.users.anyOrgUnit')}
        />
        <SelectField
          label={t('admin.users.statusFilter')}
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.target.value as StatusFilter })}
          options={(['ACTIVE', 'DEACTIVATED', 'ALL'] as const).map((value) => ({ value, label: t(`admin.users.status.${value}`) }))}
          data-testid="users-status-filter"
        />
        <Button type="submit" data-testid="users-search-submit">
          {t('admin.users.searchAction')}
        </Button>
      </form>
      {listActions.includes('CREATE') && (
        <details className="hs-disclosure" data-testid="user-create">
          <summary>{t('admin.users.createTitle')}</summary>
          <CreateUserForm onCreated={() => void refetch()} />
        </details>
      )}
      {listActions.includes('EXPORT') && (
        <Button variant="secondary" busy={exporting} onClick={() => void exportCsv()} data-testid="users-export">
          {t('admin.users.export')}
        </Button>
      )}
      {exportError && <Alert tone="error">{exportError}</Alert>}
      <QueryError error={error} />
      {connection && (
        <p role="status" data-testid="users-total">
          {t('admin.users.total', { count: connection.totalCount })}
        </p>
      )}
      {loading && !connection && <p role="status">{t('common.loading')}</p>}
      <div className="hs-grid">
        {connection?.edges.map((edge) => (
          <UserCard key={edge.node.id} user={edge.node} />
        ))}
      </div>
      {connection?.pageInfo.hasNextPage && (
        <Button variant="secondary" fullWidth busy={loadingMore} onClick={() => void loadMore()} data-testid="users-load-more">
          {t('admin.users.loadMore')}
        </Button>
      )}
    </>
  );
}
