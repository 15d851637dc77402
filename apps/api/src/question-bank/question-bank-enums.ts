import { registerEnumType } from '@nestjs/graphql';
import { type QuestionBankAction, QUESTION_TYPES } from '@hocso/server-core';
import { actionEnum, enumOf } from '../common/graphql-enums';

export const QuestionTypeEnum = enumOf(QUESTION_TYPES);
export const QuestionFormatEnum = enumOf(['GIFT', 'MOODLE_XML', 'AIKEN'] as const);
export const QuestionTextFormatEnum = enumOf(['html', 'moodle', 'plain', 'markdown'] as const);
export const QuestionBankRoleEnum = enumOf(['OWNER', 'CO_AUTHOR'] as const);
export const QuestionBankActionEnum = actionEnum<QuestionBankAction>(
  'QuestionBankAction',
  'What one can do to a question bank; QuestionBank.allowedActions lists those the caller may do',
  {
    EDIT: 'create, change and delete questions and categories, importQuestions',
    RENAME: 'renameQuestionBank',
    SHARE: 'shareQuestionBank, and unshareQuestionBank of any co-author',
    LEAVE: 'unshareQuestionBank of oneself (a co-author)',
  },
);

registerEnumType(QuestionTypeEnum, { name: 'QuestionType' });
registerEnumType(QuestionFormatEnum, { name: 'QuestionFormat' });
registerEnumType(QuestionTextFormatEnum, {
  name: 'QuestionTextFormat',
  description: "Moodle's text formats: html, moodle (auto-format), plain, markdown",
});
registerEnumType(QuestionBankRoleEnum, { name: 'QuestionBankRole' });
