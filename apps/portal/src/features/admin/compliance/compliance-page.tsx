import { useQuery } from '@apollo/client/react';
import { complianceReportQuery, complianceTrendQuery, trainingRequirementsQuery, useAuth } from '@hocso/portal-data-access';
import { SelectField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { ComplianceBars } from './compliance-bars';
import { ComplianceDownloads } from './compliance-downloads';
import { ComplianceLevels } from './compliance-levels';
import { ComplianceReminderButton } from './compliance-reminder-button';
import { ComplianceRows } from './compliance-rows';
import { ComplianceTrend } from './compliance-trend';
import { UnitExpertsPanel } from './unit-experts-panel';
import { RequirementsPanel } from './requirements-panel';
import { UnitPeoplePanel } from './unit-people-panel';

/** Compliance by unit: the unit asked for (`?unit=`) rolled up over its subtree, a row per child to drill into. */
export function CompliancePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const unitId = searchParams.get('unit');
  const requirementId = searchParams.get('requirement');
  const requirements = useQuery(trainingRequirementsQuery, { fetchPolicy: 'cache-and-network' });
  const report = useQuery(complianceReportQuery, { variables: { orgUnitId: unitId, requirementId }, fetchPolicy: 'cache-and-network' });
  const trend = useQuery(complianceTrendQuery, { variables: { orgUnitId: unitId, days: 90 }, fetchPolicy: 'cache-and-network' });
  const show = (next: { unit?: string | null; requirement?: string | null }) => {
    const params: Record<string, string> = {};
    const unit = next.unit === undefined ? unitId : next.unit;
    const requirement = next.requirement === undefined ? requirementId : next.requirement;
    if (unit) params['unit'] = unit;
    if (requirement) params['requirement'] = requirement;
    setSearchParams(params);
  };
  const total = report.data?.complianceReport.total;
  const { me, hasAnyRole } = useAuth();
  // A unit manager's own unit is the top of what they may read: its parent would only answer FORBIDDEN.
  const isReadersTop = (orgUnitId: string) => !hasAnyRole('ADMIN') && (me?.roleGrants ?? []).some((grant) => grant.role === 'UNIT_MANAGER' && grant.orgUnit?.id === orgUnitId);

  return (
    <>
      <PageTitle title={t('admin.compliance.title')} />
      <p className="hs-muted">{t('admin.compliance.lead')}</p>
      <SelectField
        label={t('admin.compliance.requirement')}
        value={requirementId ?? ''}
        onChange={(event) => show({ requirement: event.target.value || null })}
        options={[{ value: '', label: t('admin.compliance.allRequirements') }, ...(requirements.data?.trainingRequirements ?? []).map((requirement) => ({ value: requirement.id, label: requirement.title }))]}
      />
      <QueryError error={report.error} />
      {total && (
        <section className="hs-stack" data-testid="compliance-report">
          <ComplianceRows
            total={total}
            rows={report.data?.complianceReport.rows ?? []}
            onOpen={(id) => show({ unit: id })}
            onUp={total.orgUnit.parent && !isReadersTop(total.orgUnit.id) ? () => show({ unit: total.orgUnit.parent?.id ?? null }) : undefined}
          />
          {requirementId && <ComplianceReminderButton orgUnitId={total.orgUnit.id} requirementId={requirementId} />}
          <ComplianceBars rows={report.data?.complianceReport.rows ?? []} />
          <h2>{t('admin.compliance.trendTitle')}</h2>
          <QueryError error={trend.error} />
          {trend.data && <ComplianceTrend points={trend.data.complianceTrend} />}
        </section>
      )}
      {total && <UnitPeoplePanel key={`${total.orgUnit.id}/${requirementId ?? ''}`} orgUnitId={total.orgUnit.id} requirementId={requirementId} onChanged={() => void report.refetch()} />}
      <ComplianceLevels orgUnitId={unitId} requirementId={requirementId} />
      <UnitExpertsPanel />
      <ComplianceDownloads orgUnitId={unitId} requirementId={requirementId} />
      <RequirementsPanel requirements={requirements.data?.trainingRequirements ?? []} error={requirements.error} onCreated={() => void Promise.all([requirements.refetch(), report.refetch()])} />
    </>
  );
}
