import { Module } from '@nestjs/common';
import { QuestionBankModule, QuestionBankService, QuestionService } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { QuestionBankLoaders } from './question-bank-loaders';
import { QuestionBankResolver } from './question-bank.resolver';
import { QuestionExportController } from './question-export.controller';
import { QuestionFileController } from './question-file.controller';
import { QuestionResolver } from './question.resolver';

const RESOLVERS = [QuestionBankResolver, QuestionResolver];

@Module({
  imports: [QuestionBankModule, RequestLoadersModule],
  providers: RESOLVERS,
  controllers: [QuestionFileController, QuestionExportController],
})
export class QuestionBankApiModule {
  constructor(loaders: RequestLoaderRegistry, questions: QuestionService, banks: QuestionBankService) {
    loaders.register('questionBanks', () => new QuestionBankLoaders(questions, banks));
  }
}

export const QUESTION_BANK_API: ApiDomain = { module: QuestionBankApiModule, resolvers: RESOLVERS };
