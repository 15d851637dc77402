import type { OrgUnitEntity, OrgUnitService, RoleGrantEntity, UserService } from '@hocso/server-core';
import type {
  QuestionBankCollaborator,
  QuestionBankService,
  QuestionCategoryRecord,
  QuestionRecord,
  QuestionService,
} from '@hocso/server-core';
import DataLoader from 'dataloader';
import type { CourseLoaders } from '../courses/course-loaders';

/** Per-request DataLoaders: one query per kind of data however many objects a response holds. */
export class RequestLoaders {
  readonly orgUnitById: DataLoader<string, OrgUnitEntity | null>;
  readonly orgUnitChildren: DataLoader<string, OrgUnitEntity[]>;
  readonly orgUnitCounts: DataLoader<string, { children: number; members: number }>;
  readonly grantsByUserId: DataLoader<string, RoleGrantEntity[]>;
  /** Courses, their content and enrollments. */
  readonly courses: CourseLoaders;
  /** Keyed by `bankId` + "\n" + category path (empty for the whole bank). */
  readonly questionsByBankAndCategory: DataLoader<string, QuestionRecord[]>;
  readonly questionCategoriesByBank: DataLoader<string, QuestionCategoryRecord[]>;
  readonly questionBankCollaborators: DataLoader<string, QuestionBankCollaborator[]>;

  constructor(orgUnits: OrgUnitService, users: UserService, questions: QuestionService, questionBanks: QuestionBankService, courses: CourseLoaders) {
    this.courses = courses;
    this.orgUnitById = new DataLoader(async (ids) => {
      const found = new Map((await orgUnits.findByIds(ids)).map((unit) => [unit.id, unit]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.orgUnitChildren = new DataLoader(async (ids) => {
      const byParent = await orgUnits.childrenOfMany(ids);
      return ids.map((id) => byParent.get(id) ?? []);
    });
    this.orgUnitCounts = new DataLoader(async (ids) => {
      const counts = await orgUnits.countsFor(ids);
      return ids.map((id) => counts.get(id) ?? { children: 0, members: 0 });
    });
    this.grantsByUserId = new DataLoader(async (ids) => {
      const grants = await users.grantsOf(ids);
      return ids.map((id) => grants.get(id) ?? []);
    });
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
    this.questionCategoriesByBank = new DataLoader(async (ids) => {
      const byBank = await questions.categoriesForBanks(ids);
      return ids.map((id) => byBank.get(id) ?? []);
    });
    this.questionBankCollaborators = new DataLoader(async (ids) => {
      const byBank = await questionBanks.collaboratorsOf(ids);
      return ids.map((id) => byBank.get(id) ?? []);
    });
  }
}

export interface GraphqlContext {
  req: import('../auth/request-with-actor').RequestWithActor;
  loaders: RequestLoaders;
}
