import { DomainError } from '../errors/domain.error';
import { checkRequirementCommand, type TrainingRequirementCommand } from './training-requirement-rules';

const now = new Date('2026-12-01T00:00:00Z');
const base: TrainingRequirementCommand = { title: ' Kỹ năng  số cơ bản ', orgUnitId: 'unit', courseId: 'course', dueAt: new Date('2027-03-31T00:00:00Z') };

function refusal(command: TrainingRequirementCommand): DomainError {
  try {
    checkRequirementCommand(command, now);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('checkRequirementCommand', () => {
  it('accepts exactly one target, tidies the title and drops repeated audiences', () => {
    expect(checkRequirementCommand({ ...base, audiences: ['OFFICIAL', 'OFFICIAL', 'LEADER'] }, now)).toMatchObject({
      title: 'Kỹ năng số cơ bản',
      audiences: ['OFFICIAL', 'LEADER'],
      target: { kind: 'course', courseId: 'course' },
    });
    expect(checkRequirementCommand({ ...base, courseId: null, hours: 4.255 }, now).target).toEqual({ kind: 'hours', hours: 4.26 });
    expect(checkRequirementCommand({ ...base, courseId: undefined, trackCode: ' officials ' }, now).target).toEqual({ kind: 'track', trackCode: 'officials' });
  });

  it('refuses none or two of course, track and hours, naming the field', () => {
    expect(refusal({ ...base, courseId: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId', reason: 'compliance.targetMissing' });
    expect(refusal({ ...base, trackCode: 'officials' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trackCode', reason: 'compliance.targetTwice' });
    expect(refusal({ ...base, courseId: null, trackCode: 'officials', hours: 2 })).toMatchObject({ field: 'hours', params: { fields: 'trackCode, hours' } });
    expect(refusal({ ...base, courseId: null, hours: 0 })).toMatchObject({ field: 'hours', reason: 'compliance.hoursInvalid' });
    expect(refusal({ ...base, courseId: null, hours: Number.NaN })).toMatchObject({ field: 'hours' });
  });

  it('refuses a past due date for a new recurring requirement, and allows it for a one-off', () => {
    const past = new Date('2026-11-30T00:00:00Z');
    expect(refusal({ ...base, dueAt: past, recurrenceMonths: 12 })).toMatchObject({ field: 'dueAt', reason: 'compliance.dueAtPastForRecurring' });
    expect(checkRequirementCommand({ ...base, dueAt: past }, now).dueAt).toBe(past);
  });

  it('refuses out-of-range periods and a renewal window without recurrence', () => {
    expect(refusal({ ...base, dueWithinDays: 0 })).toMatchObject({ field: 'dueWithinDays' });
    expect(refusal({ ...base, recurrenceMonths: 1.5 })).toMatchObject({ field: 'recurrenceMonths' });
    expect(refusal({ ...base, renewalWindowDays: 30 })).toMatchObject({ field: 'renewalWindowDays' });
    expect(refusal({ ...base, title: '   ' })).toMatchObject({ field: 'title', reason: 'compliance.titleEmpty' });
    expect(refusal({ ...base, title: 'x'.repeat(256) })).toMatchObject({ field: 'title', reason: 'compliance.titleTooLong' });
    expect(refusal({ ...base, dueAt: new Date('nope') })).toMatchObject({ field: 'dueAt' });
  });
});
