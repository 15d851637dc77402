import type { QuestionBankCollaborator, QuestionBankService, QuestionCategoryRecord, QuestionRecord, QuestionService } from '@hocso/server-core';
import DataLoader from 'dataloader';
import { mapLoader } from '../graphql/map-loader';

/** Questions, categories and collaborators of question banks, batched per request. */
export class QuestionBankLoaders {
  /** Keyed by `bankId` + "\n" + category path (empty for the whole bank). */
  readonly questionsByBankAndCategory: DataLoader<string, QuestionRecord[]>;
  readonly categoriesByBank: DataLoader<string, QuestionCategoryRecord[]>;
  readonly collaboratorsByBank: DataLoader<string, QuestionBankCollaborator[]>;

  constructor(questions: QuestionService, banks: QuestionBankService) {
    this.questionsByBankAndCategory = new DataLoader(async (keys) => {
      const byCategory = new Map<string, string[]>();
      for (const key of keys) {
        const [bankId, category] = key.split('\n') as [string, string];
        byCategory.set(category, [...(byCategory.get(category) ?? []), bankId]);
      }
      const found = new Map<string, QuestionRecord[]>();
      for (const [category, bankIds] of byCategory) {
        const byBank = await questions.listForBanks(bankIds, category || null);
        for (const bankId of bankIds) found.set(`${bankId}\n${category}`, byBank.get(bankId) ?? []);
      }
      return keys.map((key) => found.get(key) ?? []);
    });
    this.categoriesByBank = mapLoader((ids) => questions.categoriesForBanks(ids), []);
    this.collaboratorsByBank = mapLoader((ids) => banks.collaboratorsOf(ids), []);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    questionBanks: QuestionBankLoaders;
  }
}
