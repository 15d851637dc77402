import type { AttemptFieldsFragment } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { QuestionTextView } from '../../question-bank/question-text-view';
import type { AnswerResponse } from '../attempt/answer-response';
import { isAnswered } from '../attempt/answer-response';
import { formatTypedNumber } from '../attempt/numeric-answer';

type AttemptQuestion = AttemptFieldsFragment['questions'][number];

export interface YourAnswerProps {
  question: AttemptQuestion;
  response: AnswerResponse | undefined;
}

/** The learner's own answer as they gave it: the options chosen, the text, the number or the pairs. */
export function YourAnswer({ question, response }: YourAnswerProps) {
  const { t, i18n } = useTranslation();
  if (question.type === 'DESCRIPTION') return null;
  if (!response || !isAnswered(question.type, response)) return <p className="hs-muted">{t('exams.review.noAnswer')}</p>;
  let body;
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      body = (
        <ul className="hs-exam-review__chosen">
          {question.options
            .filter((option) => response.optionIds?.includes(option.id))
            .map((option) => (
              <li key={option.id}>
                <QuestionTextView text={option.text} format="html" inline />
              </li>
            ))}
        </ul>
      );
      break;
    case 'TRUE_FALSE':
      body = <p>{response.boolean ? t('exams.attempt.true') : t('exams.attempt.false')}</p>;
      break;
    case 'NUMERIC':
      body = <p>{formatTypedNumber(response.number ?? 0, i18n.language)}</p>;
      break;
    case 'MATCHING':
      body = (
        <ul className="hs-exam-review__chosen">
          {(response.matches ?? []).map((match) => (
            <li key={match.prompt}>
              <QuestionTextView text={match.prompt} format="html" inline /> → <strong>{match.answer}</strong>
            </li>
          ))}
        </ul>
      );
      break;
    default:
      body = <p className="hs-exam-review__text">{response.text}</p>;
  }
  return (
    <div className="hs-exam-review__answer" data-testid="review-your-answer">
      <p className="hs-exam-review__label">{t('exams.review.yourAnswer')}</p>
      {body}
    </div>
  );
}
