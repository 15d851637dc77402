import { Button, TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { emptyPair, type PairRow } from './question-form-model';

export interface MatchingPairsEditorProps {
  pairs: PairRow[];
  onChange: (pairs: PairRow[]) => void;
}

export function MatchingPairsEditor({ pairs, onChange }: MatchingPairsEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<PairRow>) => onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...patch } : pair)));
  return (
    <fieldset className="hs-qb-fieldset" data-testid="matching-editor">
      <legend>{t('questionBank.editor.pairs')}</legend>
      <p className="hs-muted hs-qb-small">{t('questionBank.editor.pairsHint')}</p>
      <ol className="hs-qb-rows">
        {pairs.map((pair, index) => (
          <li key={pair.key} className="hs-qb-row" data-testid="pair-row">
            <div className="hs-qb-row__main hs-qb-row__main--pair">
              <TextField label={t('questionBank.editor.pairPrompt', { n: index + 1 })} value={pair.prompt} onChange={(event) => update(index, { prompt: event.target.value })} />
              <span className="hs-qb-arrow" aria-hidden="true">
                →
              </span>
              <TextField label={t('questionBank.editor.pairAnswer', { n: index + 1 })} value={pair.answer} onChange={(event) => update(index, { answer: event.target.value })} />
            </div>
            <Button variant="link" onClick={() => onChange(pairs.filter((_, i) => i !== index))} disabled={pairs.length <= 1}>
              {t('questionBank.editor.removeRow')}
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...pairs, emptyPair()])}>
        {t('questionBank.editor.addPair')}
      </Button>
    </fieldset>
  );
}
