import { useQuery } from '@apollo/client/react';
import { usersQuery, type Role } from '@hocso/portal-data-access';
import { Button, SelectField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/enum-options';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';
import { UserCard } from './user-card';

const PAGE_SIZE = 20;

interface UserFilters {
  search: string;
  role: Role | '';
  orgUnit: PickedOrgUnit | null;
}

export function UsersPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<UserFilters>({ search: '', role: '', orgUnit: null });
  const [applied, setApplied] = useState<UserFilters>(draft);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(usersQuery, {
    variables: {
      search: applied.search.trim() || null,
      role: applied.role || null,
      orgUnitId: applied.orgUnit?.id ?? null,
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.users;

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
        <Button type="submit" data-testid="users-search-submit">
          {t('admin.users.searchAction')}
        </Button>
      </form>
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
