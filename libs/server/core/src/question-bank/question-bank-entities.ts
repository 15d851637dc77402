import { QuestionBankMemberEntity } from './question-bank-member.entity';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionCategoryEntity } from './question-category.entity';
import { QuestionFileEntity } from './question-file.entity';
import { QuestionVersionEntity } from './question-version.entity';
import { QuestionEntity } from './question.entity';

/** Banks, their members, categories, questions, versions and files. */
export const QUESTION_BANK_ENTITIES = [QuestionBankEntity, QuestionBankMemberEntity, QuestionCategoryEntity, QuestionEntity, QuestionVersionEntity, QuestionFileEntity];
