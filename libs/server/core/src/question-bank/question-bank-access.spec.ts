import type { Actor } from '../access/actor';
import { allowedQuestionBankActions } from './question-bank-access';

const actor = (...roles: Array<'LEARNER' | 'TRAINER' | 'ADMIN'>): Actor => ({
  userId: roles.join('-'),
  grants: roles.map((role) => ({ role, orgUnitId: null, orgUnitPath: null })),
});
const trainer = actor('LEARNER', 'TRAINER');
const admin = actor('LEARNER', 'ADMIN');

describe('question bank access rules', () => {
  it('lists what each part in a bank may do: the owner shares, a co-author leaves, an administrator shares any bank', () => {
    expect(allowedQuestionBankActions(trainer, 'OWNER')).toEqual(['EDIT', 'RENAME', 'SHARE']);
    expect(allowedQuestionBankActions(trainer, 'CO_AUTHOR')).toEqual(['EDIT', 'RENAME', 'LEAVE']);
    expect(allowedQuestionBankActions(trainer, null)).toEqual([]);
    expect(allowedQuestionBankActions(admin, null)).toEqual(['EDIT', 'RENAME', 'SHARE']);
    expect(allowedQuestionBankActions(admin, 'CO_AUTHOR')).toEqual(['EDIT', 'RENAME', 'SHARE', 'LEAVE']);
  });
});
