import { useMutation, useQuery } from '@apollo/client/react';
import {
  type CompliancePeopleQuery,
  compliancePeopleQuery,
  removeRequirementExemptionMutation,
  removeRequirementExtensionMutation,
} from '@hocso/portal-data-access';
import { Button, Table } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { dueDateText } from '../../home/my-requirements';
import { PersonTermsForm, type TermsChange } from './person-terms-form';

type Person = CompliancePeopleQuery['compliancePeople']['items'][number];

const PAGE = 20;

/** The people behind a unit's figures, a page at a time, with the exemptions and extensions the reader may give. */
export function UnitPeoplePanel({ orgUnitId, requirementId, onChanged }: { orgUnitId: string; requirementId: string | null; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [change, setChange] = useState<TermsChange | null>(null);
  const people = useQuery(compliancePeopleQuery, { variables: { orgUnitId, requirementId, first: PAGE, offset }, fetchPolicy: 'cache-and-network' });
  const [removeExemption] = useMutation(removeRequirementExemptionMutation);
  const [removeExtension] = useMutation(removeRequirementExtensionMutation);
  const { error, showError, clearError } = useDisplayError();
  const page = people.data?.compliancePeople;
  const date = (value: string | null | undefined) => (value ? dueDateText(value, i18n.resolvedLanguage) : '—');
  const changed = () => {
    setChange(null);
    void people.refetch();
    onChanged();
  };
  const remove = async (person: Person, what: 'exemption' | 'extension') => {
    clearError();
    try {
      const variables = { requirementId: person.requirementId, userId: person.userId };
      await (what === 'exemption' ? removeExemption({ variables }) : removeExtension({ variables }));
      changed();
    } catch (cause) {
      showError(cause);
    }
  };
  const actions = (person: Person) => (
    <span className="hs-row">
      {person.allowedActions.includes('EXEMPT') && (
        <Button variant="secondary" onClick={() => setChange({ kind: 'exempt', person })}>
          {t('admin.compliance.people.exempt')}
        </Button>
      )}
      {person.allowedActions.includes('EXTEND') && (
        <Button variant="secondary" onClick={() => setChange({ kind: 'extend', person })}>
          {t('admin.compliance.people.extend')}
        </Button>
      )}
      {person.allowedActions.includes('REMOVE_EXEMPTION') && (
        <Button variant="link" onClick={() => void remove(person, 'exemption')}>
          {t('admin.compliance.people.removeExemption')}
        </Button>
      )}
      {person.allowedActions.includes('REMOVE_EXTENSION') && (
        <Button variant="link" onClick={() => void remove(person, 'extension')}>
          {t('admin.compliance.people.removeExtension')}
        </Button>
      )}
    </span>
  );

  return (
    <section className="hs-stack" aria-labelledby="unit-people-title" data-testid="unit-people">
      <h3 id="unit-people-title">{t('admin.compliance.people.title', { count: page?.totalCount ?? 0 })}</h3>
      <QueryError error={people.error} />
      <FormError error={error} />
      <Table
        caption={t('admin.compliance.people.caption')}
        emptyMessage={t('admin.compliance.people.empty')}
        rows={page?.items ?? []}
        rowKey={(person) => `${person.userId}/${person.requirementId}`}
        rowTestId="unit-person"
        columns={[
          { key: 'name', header: t('admin.compliance.people.name'), render: (person) => person.fullName },
          { key: 'unit', header: t('admin.compliance.unit'), render: (person) => person.orgUnit.name },
          {
            key: 'state',
            header: t('admin.compliance.people.state'),
            render: (person) => (
              <span data-testid="unit-person-state" title={person.exemptionReason ?? person.extensionReason ?? undefined}>
                {t(`home.requirements.state.${person.state}`)}
              </span>
            ),
          },
          { key: 'due', header: t('admin.compliance.dueAt'), render: (person) => (person.extended ? t('admin.compliance.people.extendedTo', { date: date(person.dueAt) }) : date(person.dueAt)) },
          { key: 'completed', header: t('admin.compliance.people.completedAt'), render: (person) => date(person.completedAt) },
          { key: 'actions', header: t('admin.compliance.people.actions'), render: actions },
        ]}
      />
      {page && page.totalCount > PAGE && (
        <div className="hs-row">
          <Button variant="link" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('admin.compliance.people.previous')}
          </Button>
          <span>{t('admin.compliance.people.pageOf', { from: offset + 1, to: Math.min(offset + PAGE, page.totalCount), total: page.totalCount })}</span>
          <Button variant="link" disabled={offset + PAGE >= page.totalCount} onClick={() => setOffset(offset + PAGE)}>
            {t('admin.compliance.people.next')}
          </Button>
        </div>
      )}
      {change && <PersonTermsForm change={change} onDone={changed} onCancel={() => setChange(null)} />}
    </section>
  );
}
