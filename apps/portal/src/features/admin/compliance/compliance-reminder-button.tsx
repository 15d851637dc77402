import { useMutation } from '@apollo/client/react';
import { sendComplianceReminderMutation } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../../shared/display-error';

/** Notifies the people of the unit who have not met the requirement (once per unit, requirement and day). */
export function ComplianceReminderButton({ orgUnitId, requirementId }: { orgUnitId: string; requirementId: string }) {
  const { t } = useTranslation();
  const [send, { loading }] = useMutation(sendComplianceReminderMutation);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const remind = async () => {
    setOutcome(null);
    try {
      const result = await send({ variables: { orgUnitId, requirementId } });
      setOutcome({ tone: 'success', text: t('admin.compliance.reminded', { count: result.data?.sendComplianceReminder.remindedCount ?? 0 }) });
    } catch (caught) {
      setOutcome({ tone: 'error', text: toDisplayError(caught, t).message });
    }
  };
  return (
    <div className="hs-stack">
      <div className="hs-row">
        <Button variant="secondary" busy={loading} onClick={() => void remind()} data-testid="compliance-remind">
          {t('admin.compliance.remind')}
        </Button>
      </div>
      {outcome && (
        <Alert tone={outcome.tone} data-testid="compliance-remind-outcome">
          {outcome.text}
        </Alert>
      )}
    </div>
  );
}
