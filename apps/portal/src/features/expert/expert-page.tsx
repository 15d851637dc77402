import { useQuery } from '@apollo/client/react';
import { complianceReportQuery, organiserActionsQuery, trainingRequirementsQuery } from '@hocso/portal-data-access';
import { SelectField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { ComplianceReminderButton } from '../admin/compliance/compliance-reminder-button';
import { ComplianceRows } from '../admin/compliance/compliance-rows';

/**
 * "Đơn vị của tôi": a digital-transformation expert's view of their unit (rolled up over its subtree), whose people
 * they re-train: its compliance by requirement, reminding those who have not met one, and gathering cohorts.
 */
export function ExpertPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const capabilities = useQuery(organiserActionsQuery, { fetchPolicy: 'cache-and-network' });
  const expertUnits = capabilities.data?.myExpertUnits ?? [];
  const unitId = searchParams.get('unit') ?? expertUnits[0]?.id ?? null;
  const requirementId = searchParams.get('requirement');
  const requirements = useQuery(trainingRequirementsQuery, { skip: !unitId, fetchPolicy: 'cache-and-network' });
  const report = useQuery(complianceReportQuery, { variables: { orgUnitId: unitId, requirementId }, skip: !unitId, fetchPolicy: 'cache-and-network' });
  const show = (next: { unit?: string; requirement?: string | null }) => {
    const params: Record<string, string> = {};
    const unit = next.unit ?? unitId;
    const requirement = next.requirement === undefined ? requirementId : next.requirement;
    if (unit) params['unit'] = unit;
    if (requirement) params['requirement'] = requirement;
    setSearchParams(params);
  };
  const total = report.data?.complianceReport.total;
  const atExpertUnit = expertUnits.some((unit) => unit.id === total?.orgUnit.id);

  return (
    <>
      <PageTitle title={t('expert.title')} />
      <p className="hs-muted">{t('expert.lead')}</p>
      <QueryError error={capabilities.error} />
      {capabilities.data && expertUnits.length === 0 && <p data-testid="expert-none">{t('expert.none')}</p>}
      {expertUnits.length > 1 && (
        <SelectField label={t('expert.unit')} value={unitId ?? ''} onChange={(event) => show({ unit: event.target.value, requirement: null })} options={expertUnits.map((unit) => ({ value: unit.id, label: unit.name }))} />
      )}
      {unitId && (
        <SelectField
          label={t('expert.requirement')}
          value={requirementId ?? ''}
          onChange={(event) => show({ requirement: event.target.value || null })}
          options={[{ value: '', label: t('expert.allRequirements') }, ...(requirements.data?.trainingRequirements ?? []).map((requirement) => ({ value: requirement.id, label: requirement.title }))]}
          data-testid="expert-requirement"
        />
      )}
      <QueryError error={report.error ?? requirements.error} />
      {total && (
        <section className="hs-stack" data-testid="expert-report">
          <ComplianceRows
            total={total}
            rows={report.data?.complianceReport.rows ?? []}
            onOpen={(id) => show({ unit: id })}
            onUp={!atExpertUnit && total.orgUnit.parent ? () => show({ unit: total.orgUnit.parent?.id }) : undefined}
          />
          {requirementId ? <ComplianceReminderButton orgUnitId={total.orgUnit.id} requirementId={requirementId} /> : <p className="hs-muted">{t('expert.pickToRemind')}</p>}
        </section>
      )}
      {unitId && (
        <p className="hs-actions">
          <Link className="hs-button hs-button--secondary" to="/cohorts">
            {t('expert.cohorts')}
          </Link>
          <Link className="hs-button hs-button--secondary" to="/sessions">
            {t('expert.sessions')}
          </Link>
        </p>
      )}
    </>
  );
}
