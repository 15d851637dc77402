import type { AttemptFieldsFragment } from '@hocso/portal-data-access';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionTextView } from '../../question-bank/question-text-view';
import type { AnswerResponse } from './answer-response';
import { formatTypedNumber, parseTypedNumber } from './numeric-answer';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

export interface QuestionAnswerInputProps {
  question: AttemptQuestion;
  response: AnswerResponse | undefined;
  disabled: boolean;
  onChange(response: AnswerResponse): void;
}

/** Typing waits this long after the last key before it saves; leaving the field saves at once. */
const TYPING_PAUSE_MS = 700;

/** Text typed into a field, saved when the learner pauses or leaves the field, and when the question changes. */
function useTypedValue(initial: string, commit: (value: string) => void) {
  const [value, setValue] = useState(initial);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) commitRef.current(pending.current);
    pending.current = null;
  };
  useEffect(() => flush, []);

  const type = (next: string) => {
    setValue(next);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, TYPING_PAUSE_MS);
  };
  return { value, type, flush };
}

function TypedText({ initial, multiline, disabled, onCommit }: { initial: string; multiline: boolean; disabled: boolean; onCommit(value: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const { value, type, flush } = useTypedValue(initial, onCommit);
  return (
    <div className="hs-field hs-exam-answer">
      <label className="hs-field__label" htmlFor={id}>
        {t('exams.attempt.yourAnswer')}
      </label>
      {multiline ? (
        <textarea id={id} className="hs-field__input hs-field__textarea" rows={8} maxLength={50_000} value={value} disabled={disabled} onChange={(event) => type(event.target.value)} onBlur={flush} data-testid="answer-text" />
      ) : (
        <input id={id} className="hs-field__input" type="text" autoComplete="off" maxLength={1_000} value={value} disabled={disabled} onChange={(event) => type(event.target.value)} onBlur={flush} data-testid="answer-text" />
      )}
    </div>
  );
}

function TypedNumber({ initial, disabled, onCommit }: { initial: number | undefined; disabled: boolean; onCommit(value: number): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const [invalid, setInvalid] = useState(false);
  const { value, type, flush } = useTypedValue(initial === undefined ? '' : formatTypedNumber(initial, i18n.language), (text) => {
    const parsed = parseTypedNumber(text);
    setInvalid(text.trim() !== '' && parsed === null);
    if (parsed !== null) onCommit(parsed);
  });
  return (
    <div className={['hs-field', 'hs-exam-answer', invalid ? 'hs-field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={id}>
        {t('exams.attempt.yourAnswer')}
      </label>
      <input
        id={id}
        className="hs-field__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={40}
        value={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={hintId}
        onChange={(event) => type(event.target.value)}
        onBlur={flush}
        data-testid="answer-number"
      />
      <p className={invalid ? 'hs-field__error' : 'hs-field__hint'} id={hintId} role={invalid ? 'alert' : undefined}>
        {invalid ? t('exams.attempt.notANumber') : t('exams.attempt.numberHint')}
      </p>
    </div>
  );
}

/** The answer controls of one question, by type; every change goes to `onChange` (typing: after a pause). */
export function QuestionAnswerInput({ question, response, disabled, onChange }: QuestionAnswerInputProps) {
  const { t } = useTranslation();
  const name = useId();
  const chosen = new Set(response?.optionIds ?? []);

  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      const single = question.type === 'SINGLE_CHOICE';
      const toggle = (optionId: string, checked: boolean) => {
        if (single) return onChange({ optionIds: [optionId] });
        const next = question.options.map((option) => option.id).filter((id) => (id === optionId ? checked : chosen.has(id)));
        onChange({ optionIds: next });
      };
      return (
        <fieldset className="hs-exam-answer hs-exam-choices" disabled={disabled}>
          <legend>{single ? t('exams.attempt.selectOne') : t('exams.attempt.selectMany')}</legend>
          {question.options.map((option, index) => (
            <label key={option.id} className={['hs-exam-choice', chosen.has(option.id) ? 'hs-exam-choice--chosen' : ''].filter(Boolean).join(' ')} data-testid="answer-option">
              <input type={single ? 'radio' : 'checkbox'} name={name} checked={chosen.has(option.id)} onChange={(event) => toggle(option.id, event.target.checked)} />
              <span className="hs-exam-choice__letter">{String.fromCharCode(97 + index)}.</span>
              <QuestionTextView text={option.text} format="html" inline />
            </label>
          ))}
        </fieldset>
      );
    }
    case 'TRUE_FALSE':
      return (
        <fieldset className="hs-exam-answer hs-exam-choices" disabled={disabled}>
          <legend>{t('exams.attempt.selectOne')}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className={['hs-exam-choice', response?.boolean === value ? 'hs-exam-choice--chosen' : ''].filter(Boolean).join(' ')} data-testid="answer-option">
              <input type="radio" name={name} checked={response?.boolean === value} onChange={() => onChange({ boolean: value })} />
              {value ? t('exams.attempt.true') : t('exams.attempt.false')}
            </label>
          ))}
        </fieldset>
      );
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return <TypedText key={question.slot} initial={response?.text ?? ''} multiline={question.type === 'ESSAY'} disabled={disabled} onCommit={(text) => onChange({ text })} />;
    case 'NUMERIC':
      return <TypedNumber key={question.slot} initial={response?.number} disabled={disabled} onCommit={(number) => onChange({ number })} />;
    case 'MATCHING': {
      const answerOf = (prompt: string) => response?.matches?.find((match) => match.prompt === prompt)?.answer ?? '';
      const choose = (prompt: string, answer: string) =>
        onChange({ matches: question.matchPrompts.map((each) => ({ prompt: each, answer: each === prompt ? answer : answerOf(each) })).filter((match) => match.answer !== '') });
      return (
        <fieldset className="hs-exam-answer hs-exam-matching" disabled={disabled}>
          <legend>{t('exams.attempt.matchEach')}</legend>
          {question.matchPrompts.map((prompt, index) => (
            <label key={prompt} className="hs-exam-match" data-testid="answer-match">
              <QuestionTextView text={question.matchPromptsHtml[index] ?? prompt} format="html" className="hs-exam-match__prompt" />
              <select className="hs-field__input" value={answerOf(prompt)} onChange={(event) => choose(prompt, event.target.value)} aria-label={t('exams.attempt.matchFor', { number: index + 1 })}>
                <option value="">{t('exams.attempt.choose')}</option>
                {question.matchChoices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'DESCRIPTION':
      return <p className="hs-muted">{t('exams.attempt.nothingToAnswer')}</p>;
  }
}
