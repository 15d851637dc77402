import { Button } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export interface MoveButtonsProps {
  /** What is moved, for the buttons' accessible names. */
  title: string;
  index: number;
  total: number;
  locked: boolean;
  /** Prefix of the buttons' test ids: `<prefix>-move-up`, `<prefix>-move-down`. */
  testIdPrefix: string;
  onStep(direction: 'up' | 'down'): void;
}

/** The ↑/↓ buttons that move a module or a lesson one place, for people who do not drag. */
export function MoveButtons({ title, index, total, locked, testIdPrefix, onStep }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="secondary" className="hs-icon-button" disabled={locked || index === 0} onClick={() => onStep('up')} aria-label={t('courses.editor.moveUp', { title })} data-testid={`${testIdPrefix}-move-up`}>
        ↑
      </Button>
      <Button variant="secondary" className="hs-icon-button" disabled={locked || index === total - 1} onClick={() => onStep('down')} aria-label={t('courses.editor.moveDown', { title })} data-testid={`${testIdPrefix}-move-down`}>
        ↓
      </Button>
    </>
  );
}
