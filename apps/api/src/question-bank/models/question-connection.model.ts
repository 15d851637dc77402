import { type Connection, ConnectionType } from '../../common/connection';
import { QuestionModel } from './question.model';

export const QuestionConnection = ConnectionType(QuestionModel, 'Question');
export type QuestionConnection = Connection<QuestionModel>;
