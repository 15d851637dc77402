import { useTranslation } from 'react-i18next';
import { dueDateText } from '../../home/my-requirements';

export interface CompletionHistoryProps {
  completions: ReadonlyArray<{ number: number; completedAt: string; version: number }>;
}

/** Every time the learner completed the course: the first time, then each retake ("completed 12/2025, again 12/2026"). */
export function CompletionHistory({ completions }: CompletionHistoryProps) {
  const { t, i18n } = useTranslation();
  if (completions.length === 0) return null;
  return (
    <section aria-labelledby="completion-history-title" data-testid="completion-history">
      <h2 id="completion-history-title">{t('courses.history.title')}</h2>
      <ol className="hs-stack">
        {completions.map((completion) => (
          <li key={completion.number} data-testid="completion-history-entry">
            {t(completion.number === 1 ? 'courses.history.first' : 'courses.history.again', {
              date: dueDateText(completion.completedAt, i18n.resolvedLanguage),
              version: completion.version,
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
