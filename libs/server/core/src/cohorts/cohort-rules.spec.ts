import { domainErrorOf } from '../test-support/domain-error-of';

/** The refusal of a check that runs at once. */
const refusalOf = (check: () => unknown) => domainErrorOf(Promise.resolve().then(check));
import { checkCohortCommand, isCalendarDay } from './cohort-rules';

const base = { name: '  Trưởng ấp   huyện Châu Thành ', orgUnitId: 'u', courseId: 'c', startsOn: '2026-12-01' };

describe('cohort rules', () => {
  it('keeps a tidy name and exactly one of a course or a track', async () => {
    expect(checkCohortCommand(base)).toEqual({ name: 'Trưởng ấp huyện Châu Thành', orgUnitId: 'u', target: { kind: 'course', courseId: 'c' }, startsOn: '2026-12-01' });
    expect(checkCohortCommand({ ...base, courseId: null, trackCode: ' village-heads ' }).target).toEqual({ kind: 'track', trackCode: 'village-heads' });
    expect(await refusalOf(() => checkCohortCommand({ ...base, courseId: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseId', reason: 'cohorts.targetMissing' });
    expect(await refusalOf(() => checkCohortCommand({ ...base, trackCode: 'x' }))).toMatchObject({ field: 'trackCode', reason: 'cohorts.targetTwice' });
    expect(await refusalOf(() => checkCohortCommand({ ...base, name: ' ' }))).toMatchObject({ field: 'name', reason: 'cohorts.nameEmpty' });
    expect(await refusalOf(() => checkCohortCommand({ ...base, name: 'a'.repeat(256) }))).toMatchObject({ field: 'name', reason: 'cohorts.nameTooLong' });
  });

  it('takes only real calendar days', async () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('01/12/2026')).toBe(false);
    expect(await refusalOf(() => checkCohortCommand({ ...base, startsOn: '2026-02-30' }))).toMatchObject({ field: 'startsOn', reason: 'cohorts.startsOnInvalid' });
  });
});
