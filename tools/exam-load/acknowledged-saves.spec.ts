import { AcknowledgedSaves, lostSaves, type StoredAnswer } from './acknowledged-saves';

const ATTEMPT = '0b6c1a52-3f43-4d0e-9a57-2f1f0c7f5a01';
const stored = (slot: number, clientSeq: number, optionIds: string[]): StoredAnswer => ({ attempt_id: ATTEMPT, slot, client_seq: clientSeq, response: { optionIds } });

describe('lostSaves', () => {
  const acknowledged = [
    { attemptId: ATTEMPT, slot: 1, clientSeq: 3, optionIds: ['a'] },
    { attemptId: ATTEMPT, slot: 2, clientSeq: 4, optionIds: ['b', 'c'] },
  ];

  it('finds nothing lost when each slot holds the acknowledged save or a newer one', () => {
    expect(lostSaves(acknowledged, [stored(1, 5, ['x']), stored(2, 4, ['c', 'b'])])).toEqual([]);
  });

  it('reports a slot with nothing stored, an older save, or another answer under the same clientSeq', () => {
    expect(lostSaves(acknowledged, [stored(2, 3, ['b', 'c'])]).map((save) => [save.slot, save.storedSeq])).toEqual([
      [1, null],
      [2, 3],
    ]);
    expect(lostSaves(acknowledged, [stored(1, 3, ['z']), stored(2, 4, ['b', 'c'])]).map((save) => save.slot)).toEqual([1]);
  });
});

describe('AcknowledgedSaves', () => {
  it('keeps the newest acknowledgement of each slot and counts them all', () => {
    const ledger = new AcknowledgedSaves();
    ledger.record({ attemptId: ATTEMPT, slot: 1, clientSeq: 2, optionIds: ['b'] });
    ledger.record({ attemptId: ATTEMPT, slot: 1, clientSeq: 1, optionIds: ['a'] });
    expect(ledger.count).toBe(2);
    return expect(ledger.lostIn({ query: async () => [stored(1, 1, ['a'])] })).resolves.toEqual([{ attemptId: ATTEMPT, slot: 1, clientSeq: 2, optionIds: ['b'], storedSeq: 1 }]);
  });
});
