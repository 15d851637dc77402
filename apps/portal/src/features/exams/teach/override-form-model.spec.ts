import { describe, expect, it } from '@jest/globals';
import { emptyOverride, overrideInputOf } from './override-form-model';

describe('override form model', () => {
  it('sends exactly one of a learner and a unit', () => {
    const values = { ...emptyOverride(), userId: 'u1', orgUnitId: 'o1', timeMultiplier: '1,5' };
    expect(overrideInputOf('e1', values).input).toEqual({ examId: 'e1', userId: 'u1', orgUnitId: null, timeMultiplier: 1.5, extraAttempts: null, opensAt: null, closesAt: null });
    expect(overrideInputOf('e1', { ...values, target: 'orgUnit', extraAttempts: '2' }).input).toMatchObject({ userId: null, orgUnitId: 'o1', extraAttempts: 2 });
  });

  it('asks for a target, a sensible multiplier and something to change', () => {
    expect(overrideInputOf('e1', { ...emptyOverride(), timeMultiplier: '0.5' }).errors).toEqual({ userId: 'targetRequired', timeMultiplier: 'multiplier' });
    expect(overrideInputOf('e1', { ...emptyOverride(), userId: 'u1' }).errors).toEqual({ timeMultiplier: 'nothingChanged' });
    expect(overrideInputOf('e1', { ...emptyOverride(), userId: 'u1', extraAttempts: 'one' }).errors).toEqual({ extraAttempts: 'extraAttempts' });
    expect(overrideInputOf('e1', { ...emptyOverride(), userId: 'u1', extraAttempts: '21', timeMultiplier: '6' }).errors).toEqual({ extraAttempts: 'extraAttempts', timeMultiplier: 'multiplier' });
    expect(overrideInputOf('e1', { ...emptyOverride(), userId: 'u1', opensAt: '2026-05-02T08:00', closesAt: '2026-05-02T07:00' }).errors).toEqual({ closesAt: 'closesAfterOpens' });
  });
});
