import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import {
  assertCanSetAccommodation,
  assertCanTakeExam,
  canSeeAttempt,
  canViewExam,
  examAllowedActions,
  examAttemptsScope,
  type ExamAccess,
} from './exam-access';

const actor = (userId: string, grants: Actor['grants'] = []): Actor => ({ userId, grants: [{ role: 'LEARNER', orgUnitId: null, orgUnitPath: null }, ...grants] });
const admin = actor('admin', [{ role: 'ADMIN', orgUnitId: null, orgUnitPath: null }]);
const owner = actor('owner', [{ role: 'TRAINER', orgUnitId: null, orgUnitPath: null }]);
const manager = actor('manager', [{ role: 'UNIT_MANAGER', orgUnitId: 'd', orgUnitPath: '/p/d/' }]);
const learner = actor('learner');

const courseExam = (over: Partial<ExamAccess> = {}): ExamAccess => ({ bankRole: null, openToAll: false, enrolled: false, ...over });
const open = { canStartOrResume: true };

function refusal(run: () => void): [string, string] | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [error.code, error.reason];
  }
}

describe('exam access rules', () => {
  it('gives editors (who may use the bank) everything but taking, and enrolled learners taking only', () => {
    expect(examAllowedActions(owner, courseExam({ bankRole: 'OWNER' }), open)).toEqual(['EDIT', 'VIEW_ATTEMPTS', 'GRADE', 'MONITOR']);
    expect(examAllowedActions(admin, courseExam(), open)).toEqual(['EDIT', 'VIEW_ATTEMPTS', 'GRADE', 'MONITOR']);
    expect(examAllowedActions(learner, courseExam({ enrolled: true }), open)).toEqual(['TAKE']);
    expect(examAllowedActions(learner, courseExam({ enrolled: true }), { canStartOrResume: false })).toEqual([]);
    expect(examAllowedActions(learner, courseExam(), open)).toEqual([]);
    expect(examAllowedActions(learner, courseExam({ openToAll: true }), open)).toEqual(['TAKE']);
    expect(examAllowedActions(manager, courseExam(), open)).toEqual(['VIEW_ATTEMPTS', 'MONITOR']);
  });

  it('lets editors, takers and unit managers view an exam, and nobody else', () => {
    expect(canViewExam(learner, courseExam())).toBe(false);
    expect(canViewExam(learner, courseExam({ enrolled: true }))).toBe(true);
    expect(canViewExam(manager, courseExam())).toBe(true);
    expect(canViewExam(owner, courseExam({ bankRole: 'CO_AUTHOR' }))).toBe(true);
  });

  it("shows an attempt to its taker, the exam's editors and the managers of the unit it was taken in", () => {
    const attempt = { userId: 'learner', orgUnitPath: '/p/d/c/' };
    expect(canSeeAttempt(learner, courseExam(), attempt)).toBe(true);
    expect(canSeeAttempt(actor('other'), courseExam({ openToAll: true }), attempt)).toBe(false);
    expect(canSeeAttempt(owner, courseExam({ bankRole: 'OWNER' }), attempt)).toBe(true);
    expect(canSeeAttempt(manager, courseExam(), attempt)).toBe(true);
    expect(canSeeAttempt(manager, courseExam(), { userId: 'x', orgUnitPath: '/p/e/' })).toBe(false);
    expect(examAttemptsScope(manager, courseExam())).toEqual(['/p/d/']);
    expect(examAttemptsScope(admin, courseExam())).toBe('ALL');
  });

  it('refuses to start a learner who may not take the exam, or outside its window, with the time', () => {
    const now = new Date('2027-03-01T08:00:00Z');
    const window = { opensAt: new Date('2027-03-01T09:00:00Z'), closesAt: new Date('2027-03-01T10:00:00Z') };
    expect(refusal(() => assertCanTakeExam(courseExam(), { opensAt: null, closesAt: null }, now))).toEqual(['FORBIDDEN', 'exam.takeForbidden']);
    expect(refusal(() => assertCanTakeExam(courseExam({ enrolled: true }), window, now))).toEqual(['CONFLICT', 'exam.notOpenYet']);
    expect(refusal(() => assertCanTakeExam(courseExam({ enrolled: true }), window, new Date('2027-03-01T10:00:00Z')))).toEqual(['CONFLICT', 'exam.closed']);
    expect(refusal(() => assertCanTakeExam(courseExam({ openToAll: true }), window, new Date('2027-03-01T09:30:00Z')))).toBeNull();
  });

  it("lets administrators and the managers of the learner's unit set accommodations", () => {
    expect(refusal(() => assertCanSetAccommodation(admin, null))).toBeNull();
    expect(refusal(() => assertCanSetAccommodation(manager, '/p/d/c/'))).toBeNull();
    expect(refusal(() => assertCanSetAccommodation(manager, '/p/e/'))).toEqual(['FORBIDDEN', 'exam.accommodationForbidden']);
    expect(refusal(() => assertCanSetAccommodation(owner, '/p/d/'))).toEqual(['FORBIDDEN', 'exam.accommodationForbidden']);
  });
});
