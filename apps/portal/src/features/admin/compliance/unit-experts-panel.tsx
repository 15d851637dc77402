import { useQuery } from '@apollo/client/react';
import { unitExpertsQuery } from '@hocso/portal-data-access';
import { Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';

/** The districts with their digital-transformation experts, those without one first. */
export function UnitExpertsPanel() {
  const { t } = useTranslation();
  const { data, error } = useQuery(unitExpertsQuery, { variables: { kind: 'DISTRICT' }, fetchPolicy: 'cache-and-network' });
  const units = [...(data?.unitExperts ?? [])].sort((a, b) => Number(a.experts.length > 0) - Number(b.experts.length > 0));
  const without = units.filter((unit) => unit.experts.length === 0);
  return (
    <section className="hs-stack" data-testid="unit-experts">
      <h2>{t('admin.compliance.expertsTitle')}</h2>
      <QueryError error={error} />
      {data && (
        <p data-testid="units-without-expert">
          {without.length === 0 ? t('admin.compliance.everyUnitHasExpert') : t('admin.compliance.unitsWithoutExpert', { names: without.map((unit) => unit.orgUnit.name).join(', ') })}
        </p>
      )}
      <Table
        caption={t('admin.compliance.expertsCaption')}
        emptyMessage={t('admin.compliance.noUnits')}
        rows={units}
        rowKey={(row) => row.orgUnit.id}
        rowTestId="unit-experts-row"
        columns={[
          { key: 'unit', header: t('admin.compliance.unit'), render: (row) => row.orgUnit.name },
          {
            key: 'experts',
            header: t('admin.compliance.experts'),
            render: (row) => (row.experts.length === 0 ? <strong>{t('admin.compliance.noExpert')}</strong> : row.experts.map((expert) => expert.fullName).join(', ')),
          },
        ]}
      />
    </section>
  );
}
