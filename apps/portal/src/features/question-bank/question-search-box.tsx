import { TextField } from '@hocso/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const SEARCH_DELAY_MS = 350;

export interface QuestionSearchBoxProps {
  /** The search in effect (from the URL). */
  value: string;
  onSearch: (search: string) => void;
}

/** A search field that applies what was typed once typing pauses, so each keystroke does not ask the API. */
export function QuestionSearchBox({ value, onSearch }: QuestionSearchBoxProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [applied, setApplied] = useState(value);
  // The URL changed on its own (back button, another link): show its search unless it is what is typed.
  if (value !== applied) {
    setApplied(value);
    if (draft.trim() !== value) setDraft(value);
  }

  useEffect(() => {
    if (draft.trim() === value) return undefined;
    const timer = window.setTimeout(() => onSearch(draft.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value, onSearch]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.trim() !== value) onSearch(draft.trim());
  };

  return (
    <form role="search" onSubmit={handleSubmit}>
      <TextField
        label={t('questionBank.bank.searchLabel')}
        hint={t('questionBank.bank.searchHint')}
        type="search"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        data-testid="question-search"
      />
    </form>
  );
}
