import type { TrainingRequirementsQuery } from '@hocso/portal-data-access';
import { Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { CreateRequirementForm } from './create-requirement-form';

type Requirement = TrainingRequirementsQuery['trainingRequirements'][number];

export interface RequirementsPanelProps {
  requirements: readonly Requirement[];
  error: Error | undefined;
  onCreated: () => void;
}

export function RequirementsPanel({ requirements, error, onCreated }: RequirementsPanelProps) {
  const { t, i18n } = useTranslation();
  const formatDate = (value: string) => new Date(value).toLocaleDateString(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'vi-VN');
  const whatOf = (requirement: Requirement) =>
    requirement.course?.title ?? requirement.track?.title ?? (requirement.hours !== null && requirement.hours !== undefined ? t('admin.compliance.hoursValue', { hours: requirement.hours }) : '');
  const recurrenceOf = (requirement: Requirement) => {
    if (!requirement.recurrenceMonths) return t('admin.compliance.once');
    return requirement.renewalWindowDays
      ? t('admin.compliance.recurrenceWithWindow', { months: requirement.recurrenceMonths, days: requirement.renewalWindowDays })
      : t('admin.compliance.recurrenceValue', { months: requirement.recurrenceMonths });
  };
  return (
    <section className="hs-stack" data-testid="requirements-panel">
      <h2>{t('admin.compliance.requirementsTitle')}</h2>
      <QueryError error={error} />
      <Table
        caption={t('admin.compliance.requirementsTitle')}
        emptyMessage={t('admin.compliance.requirementsEmpty')}
        rows={requirements}
        rowKey={(row) => row.id}
        rowTestId="requirement-row"
        columns={[
          { key: 'title', header: t('admin.compliance.requirementTitle'), render: (row) => row.title },
          { key: 'unit', header: t('admin.compliance.unit'), render: (row) => row.orgUnit.name },
          { key: 'what', header: t('admin.compliance.what'), render: whatOf },
          { key: 'audiences', header: t('admin.compliance.audiences'), render: (row) => (row.audiences.length ? row.audiences.map((audience) => t(`audiences.${audience}`)).join(', ') : t('admin.compliance.everyone')) },
          { key: 'due', header: t('admin.compliance.dueAt'), render: (row) => formatDate(row.dueAt) },
          { key: 'recurrence', header: t('admin.compliance.recurrence'), render: recurrenceOf },
          { key: 'assigned', header: t('admin.compliance.assigned'), render: (row) => row.assignedCount, numeric: true },
        ]}
      />
      <CreateRequirementForm onCreated={onCreated} />
    </section>
  );
}
