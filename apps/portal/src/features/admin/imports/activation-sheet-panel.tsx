import { useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../question-bank/download-text';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';

type Outcome = { kind: 'printed'; count: number } | { kind: 'refused'; message: string };

/**
 * Officials onboarded with only a phone get in with a code on paper: prints the A4 sheet of new activation
 * codes for the unit's subtree (printing again voids the earlier codes).
 */
export function ActivationSheetPanel() {
  const { t, i18n } = useTranslation();
  const { getAccessToken } = useAuth();
  const [unit, setUnit] = useState<PickedOrgUnit | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const print = async () => {
    if (!unit) return;
    setBusy(true);
    setOutcome(null);
    try {
      const token = getAccessToken();
      const response = await fetch(`/org-units/${encodeURIComponent(unit.id)}/activation-sheet.pdf`, {
        method: 'POST',
        headers: { 'accept-language': i18n.language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
        setOutcome({ kind: 'refused', message: body?.errors?.[0]?.message ?? t('auth.activationSheet.failed') });
        return;
      }
      downloadBlob(await response.blob(), `ma-kich-hoat-${unit.code}.pdf`);
      setOutcome({ kind: 'printed', count: Number(response.headers.get('x-activation-codes') ?? 0) });
    } catch {
      setOutcome({ kind: 'refused', message: t('auth.activationSheet.failed') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('auth.activationSheet.title')} headingLevel={2} data-testid="activation-sheet">
      <p className="hs-muted">{t('auth.activationSheet.lead')}</p>
      <OrgUnitPicker label={t('auth.activationSheet.unit')} value={unit} onChange={setUnit} />
      <Button variant="secondary" disabled={!unit} busy={busy} onClick={() => void print()} data-testid="activation-sheet-print">
        {t('auth.activationSheet.action')}
      </Button>
      {outcome?.kind === 'printed' && (
        <Alert tone="success" data-testid="activation-sheet-done">
          {t('auth.activationSheet.printed', { count: outcome.count })}
        </Alert>
      )}
      {outcome?.kind === 'refused' && (
        <Alert tone="error" data-testid="activation-sheet-error">
          {outcome.message}
        </Alert>
      )}
    </Card>
  );
}
