import { registerEnumType } from '@nestjs/graphql';
import { QUESTION_TYPES } from '@hocso/server-core';
import { enumOf } from '../common/graphql-enums';

export const QuestionTypeEnum = enumOf(QUESTION_TYPES);
export const QuestionFormatEnum = enumOf(['GIFT', 'MOODLE_XML', 'AIKEN'] as const);
export const QuestionTextFormatEnum = enumOf(['html', 'moodle', 'plain', 'markdown'] as const);
export const QuestionBankRoleEnum = enumOf(['OWNER', 'CO_AUTHOR'] as const);

registerEnumType(QuestionTypeEnum, { name: 'QuestionType' });
registerEnumType(QuestionFormatEnum, { name: 'QuestionFormat' });
registerEnumType(QuestionTextFormatEnum, {
  name: 'QuestionTextFormat',
  description: "Moodle's text formats: html, moodle (auto-format), plain, markdown",
});
registerEnumType(QuestionBankRoleEnum, { name: 'QuestionBankRole' });
