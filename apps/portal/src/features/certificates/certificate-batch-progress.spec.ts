import { describe, expect, it } from '@jest/globals';
import { batchBar, isOpenBatch } from './certificate-batch-progress';

describe('the progress of a bulk certificate job', () => {
  it('counts what is done or failed of the total', () => {
    expect(batchBar({ state: 'RUNNING', total: 40, done: 9, failed: 1 })).toEqual({ value: 10, max: 40 });
    expect(batchBar({ state: 'COMPLETED', total: 40, done: 38, failed: 2 })).toEqual({ value: 40, max: 40 });
  });

  it('is empty while a job of nothing waits, and full once it has finished', () => {
    expect(batchBar({ state: 'QUEUED', total: 0, done: 0, failed: 0 })).toEqual({ value: 0, max: 1 });
    expect(batchBar({ state: 'COMPLETED', total: 0, done: 0, failed: 0 })).toEqual({ value: 1, max: 1 });
  });

  it('is open while queued or running', () => {
    expect(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'].map((state) => isOpenBatch({ state: state as 'QUEUED' }))).toEqual([true, true, false, false]);
  });
});
