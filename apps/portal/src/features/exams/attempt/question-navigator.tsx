import { useTranslation } from 'react-i18next';
import type { NavigatorEntry } from './navigator-state';

export interface QuestionNavigatorProps {
  entries: readonly NavigatorEntry[];
  onSelect(slot: number): void;
}

/** A grid of question numbers: answered filled, flagged marked, the current one outlined. */
export function QuestionNavigator({ entries, onSelect }: QuestionNavigatorProps) {
  const { t } = useTranslation();
  const describe = (entry: NavigatorEntry) =>
    [
      t('exams.navigator.question', { number: entry.number }),
      entry.informational ? t('exams.navigator.information') : entry.answered ? t('exams.navigator.answered') : t('exams.navigator.notAnswered'),
      entry.flagged ? t('exams.navigator.flagged') : '',
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <nav className="hs-exam-nav" aria-label={t('exams.navigator.label')}>
      <ol className="hs-exam-nav__grid">
        {entries.map((entry) => (
          <li key={entry.slot}>
            <button
              type="button"
              className={[
                'hs-exam-nav__item',
                entry.answered ? 'hs-exam-nav__item--answered' : '',
                entry.flagged ? 'hs-exam-nav__item--flagged' : '',
                entry.informational ? 'hs-exam-nav__item--info' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              aria-current={entry.current ? 'step' : undefined}
              aria-label={describe(entry)}
              onClick={() => onSelect(entry.slot)}
              data-testid="navigator-item"
              data-answered={entry.answered}
              data-flagged={entry.flagged}
            >
              {entry.number}
            </button>
          </li>
        ))}
      </ol>
      <p className="hs-exam-nav__legend hs-muted">
        <span className="hs-exam-nav__swatch hs-exam-nav__swatch--answered" aria-hidden="true" /> {t('exams.navigator.answered')}{' '}
        <span className="hs-exam-nav__swatch hs-exam-nav__swatch--flagged" aria-hidden="true" /> {t('exams.navigator.flagged')}
      </p>
    </nav>
  );
}
