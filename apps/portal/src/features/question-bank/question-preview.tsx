import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFractionPercent } from './fraction-input';
import type { KeyedAnswer, PreviewModel } from './question-preview-model';
import { gradeClass } from './grade-class';
import { QuestionTextView } from './question-text-view';
import { PreviewFeedback as Feedback } from './preview-feedback';
import { PreviewKeyNote as KeyNote } from './preview-key-note';
import { numberFormat } from '../../shared/intl-formats';

export interface QuestionPreviewProps {
  model: PreviewModel;
}

/** The question as the learner sees it during an attempt; the answer key only on request. */
export function QuestionPreview({ model }: QuestionPreviewProps) {
  const { t, i18n } = useTranslation();
  const [showKey, setShowKey] = useState(false);
  const name = useId();
  const valueFormat = numberFormat(i18n.language, { maximumFractionDigits: 7 });
  const pointsFormat = numberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const format = model.promptFormat;
  const { input, key } = model;
  const choiceKey = (index: number): KeyedAnswer | undefined => (showKey ? key.choices[index] : undefined);

  return (
    <section className="hs-qb-preview" aria-label={t('questionBank.preview.title')} data-testid="question-preview" data-show-key={showKey}>
      <div className="hs-qb-preview__bar">
        <h2 className="hs-qb-preview__title">{t('questionBank.preview.title')}</h2>
        <label className="hs-qb-toggle">
          <input type="checkbox" checked={showKey} onChange={(event) => setShowKey(event.target.checked)} data-testid="preview-key-toggle" />
          {t('questionBank.preview.showKey')}
        </label>
      </div>
      <div className="hs-qb-attempt">
        <div className="hs-qb-attempt__info">
          <strong>{t('questionBank.preview.questionNumber')}</strong>
          <span>
            {model.points === null ? t('questionBank.preview.information') : t('questionBank.preview.points', { points: pointsFormat.format(model.points) })}
          </span>
        </div>
        <div className="hs-qb-attempt__body">
          {model.prompt.trim() ? (
            <QuestionTextView text={model.prompt} format={format} className="hs-qb-attempt__prompt" />
          ) : (
            <p className="hs-muted">{t('questionBank.preview.emptyPrompt')}</p>
          )}

          {(input.kind === 'single' || input.kind === 'multiple') && (
            <fieldset className="hs-qb-attempt__answer">
              <legend>{input.kind === 'single' ? t('questionBank.preview.selectOne') : t('questionBank.preview.selectMany')}</legend>
              {input.choices.map((choice, index) => {
                const keyed = choiceKey(index);
                return (
                  <div key={choice.id} className={['hs-qb-option', keyed ? gradeClass(keyed.fraction) : ''].filter(Boolean).join(' ')} data-testid="preview-option">
                    <label className="hs-qb-choice">
                      <input type={input.kind === 'single' ? 'radio' : 'checkbox'} name={name} />
                      <span className="hs-qb-option__letter">{String.fromCharCode(97 + index)}.</span>
                      <QuestionTextView text={choice.text} format={format} inline />
                    </label>
                    {keyed && <KeyNote answer={keyed} format={format} />}
                  </div>
                );
              })}
              {input.choices.length === 0 && <p className="hs-muted">{t('questionBank.preview.noChoices')}</p>}
            </fieldset>
          )}

          {input.kind === 'trueFalse' && (
            <fieldset className="hs-qb-attempt__answer">
              <legend>{t('questionBank.preview.selectOne')}</legend>
              {[true, false].map((value) => (
                <div key={String(value)} className={['hs-qb-option', showKey && key.correctBoolean === value ? 'hs-qb-option--right' : ''].filter(Boolean).join(' ')}>
                  <label className="hs-qb-choice">
                    <input type="radio" name={name} />
                    {value ? t('questionBank.preview.true') : t('questionBank.preview.false')}
                  </label>
                </div>
              ))}
            </fieldset>
          )}

          {input.kind === 'text' && (
            <label className="hs-qb-attempt__answer hs-field">
              <span className="hs-field__label">{t('questionBank.preview.answer')}</span>
              <input className="hs-field__input" type="text" autoComplete="off" data-testid="preview-text-answer" />
            </label>
          )}

          {input.kind === 'number' && (
            <label className="hs-qb-attempt__answer hs-field">
              <span className="hs-field__label">{t('questionBank.preview.answer')}</span>
              <input className="hs-field__input" type="text" inputMode="decimal" autoComplete="off" />
            </label>
          )}

          {input.kind === 'matching' && (
            <div className="hs-qb-attempt__answer">
              {input.stems.map((stem) => (
                <label key={stem.id} className="hs-qb-match">
                  <QuestionTextView text={stem.text} format={format} className="hs-qb-match__stem" />
                  <select className="hs-field__input" defaultValue="">
                    <option value="">{t('questionBank.preview.choose')}</option>
                    {input.answers.map((answer) => (
                      <option key={answer} value={answer}>
                        {answer}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          )}

          {input.kind === 'essay' && (
            <label className="hs-qb-attempt__answer hs-field">
              <span className="hs-field__label">{t('questionBank.preview.answer')}</span>
              <textarea className="hs-field__input hs-field__textarea" rows={6} />
            </label>
          )}

          {model.shuffled && <p className="hs-muted hs-qb-small">{t('questionBank.preview.shuffled')}</p>}
        </div>
      </div>

      {showKey && (
        <div className="hs-qb-key" data-testid="preview-key">
          <h3>{t('questionBank.preview.keyTitle')}</h3>
          {input.kind === 'trueFalse' && (
            <>
              <p>
                {t('questionBank.preview.rightAnswer')}{' '}
                <strong>{key.correctBoolean === null ? '—' : key.correctBoolean ? t('questionBank.preview.true') : t('questionBank.preview.false')}</strong>
              </p>
              {key.rightFeedback && <Feedback label={t('questionBank.preview.feedbackRight')} text={key.rightFeedback} format={format} />}
              {key.wrongFeedback && <Feedback label={t('questionBank.preview.feedbackWrong')} text={key.wrongFeedback} format={format} />}
            </>
          )}
          {key.accepted.length > 0 && (
            <>
              <ul className="hs-qb-key__list">
                {key.accepted.map((answer, index) => (
                  <li key={index} className={gradeClass(answer.fraction)}>
                    <code>{answer.text}</code> — {formatFractionPercent(answer.fraction)}%
                    {answer.feedback && <Feedback label={t('questionBank.editor.feedback')} text={answer.feedback} format={format} />}
                  </li>
                ))}
              </ul>
              <p className="hs-muted hs-qb-small">
                {key.caseSensitive ? t('questionBank.preview.caseSensitive') : t('questionBank.preview.caseInsensitive')}
                {key.usesWildcard && <> {t('questionBank.preview.wildcard')}</>}
              </p>
            </>
          )}
          {key.numeric.length > 0 && (
            <ul className="hs-qb-key__list">
              {key.numeric.map((answer, index) => (
                <li key={index} className={gradeClass(answer.fraction)}>
                  {answer.tolerance > 0
                    ? t('questionBank.preview.numericRange', {
                        value: valueFormat.format(answer.value),
                        tolerance: valueFormat.format(answer.tolerance),
                        min: valueFormat.format(answer.min),
                        max: valueFormat.format(answer.max),
                      })
                    : valueFormat.format(answer.value)}{' '}
                  — {formatFractionPercent(answer.fraction)}%
                  {answer.feedback && <Feedback label={t('questionBank.editor.feedback')} text={answer.feedback} format={format} />}
                </li>
              ))}
            </ul>
          )}
          {key.pairs.length > 0 && (
            <ul className="hs-qb-key__list">
              {key.pairs.map((pair, index) => (
                <li key={index}>
                  <QuestionTextView text={pair.prompt} format={format} inline /> → <strong>{pair.answer}</strong>
                </li>
              ))}
              {key.distractors.map((answer) => (
                <li key={`d-${answer}`} className="hs-muted">
                  {t('questionBank.preview.distractor', { answer })}
                </li>
              ))}
            </ul>
          )}
          {key.correctFeedback && <Feedback label={t('questionBank.editor.correctFeedback')} text={key.correctFeedback} format={format} />}
          {key.partiallyCorrectFeedback && <Feedback label={t('questionBank.editor.partiallyCorrectFeedback')} text={key.partiallyCorrectFeedback} format={format} />}
          {key.incorrectFeedback && <Feedback label={t('questionBank.editor.incorrectFeedback')} text={key.incorrectFeedback} format={format} />}
          {key.graderInfo && <Feedback label={t('questionBank.editor.graderInfo')} text={key.graderInfo} format={format} />}
          {key.generalFeedback && <Feedback label={t('questionBank.editor.generalFeedback')} text={key.generalFeedback} format={format} />}
          {input.kind === 'essay' && <p className="hs-muted hs-qb-small">{t('questionBank.preview.essayGraded')}</p>}
          {input.kind === 'none' && <p className="hs-muted hs-qb-small">{t('questionBank.preview.descriptionNoKey')}</p>}
        </div>
      )}
    </section>
  );
}
