import { useMutation } from '@apollo/client/react';
import { type CompliancePeopleQuery, exemptFromRequirementMutation, extendRequirementDueDateMutation } from '@hocso/portal-data-access';
import { Button, TextAreaField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';

type Person = CompliancePeopleQuery['compliancePeople']['items'][number];

export type TermsChange = { kind: 'exempt' | 'extend'; person: Person };

/** Exempting one person (a reason), or extending their due date (a later date and a reason). */
export function PersonTermsForm({ change, onDone, onCancel }: { change: TermsChange; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [exempt, exempting] = useMutation(exemptFromRequirementMutation);
  const [extend, extending] = useMutation(extendRequirementDueDateMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [reason, setReason] = useState('');
  const [dueAt, setDueAt] = useState('');
  const key = { requirementId: change.person.requirementId, userId: change.person.userId };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      if (change.kind === 'exempt') await exempt({ variables: { input: { ...key, reason } } });
      // The day chosen ends at midnight in Vietnam, where due dates are read.
      else await extend({ variables: { input: { ...key, reason, dueAt: dueAt ? new Date(`${dueAt}T23:59:59+07:00`).toISOString() : '' } } });
      onDone();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack hs-card" data-testid="person-terms-form">
      <h4>{t(change.kind === 'exempt' ? 'admin.compliance.people.exemptTitle' : 'admin.compliance.people.extendTitle', { name: change.person.fullName })}</h4>
      <FormError error={error} />
      {change.kind === 'extend' && (
        <TextField label={t('admin.compliance.people.newDueAt')} type="date" required value={dueAt} onChange={(event) => setDueAt(event.target.value)} error={fieldError('dueAt')} />
      )}
      <TextAreaField label={t('admin.compliance.people.reason')} required value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError('reason')} />
      <div className="hs-row">
        <Button type="submit" busy={exempting.loading || extending.loading}>
          {t(change.kind === 'exempt' ? 'admin.compliance.people.exempt' : 'admin.compliance.people.extend')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
