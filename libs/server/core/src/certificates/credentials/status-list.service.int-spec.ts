import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { CredentialsModule } from './credentials.module';
import { CredentialStatusListEntity } from './credential-status-list.entity';
import { decodeStatusBits, isStatusBitSet, STATUS_LIST_LENGTH } from './status-list-bits';
import { StatusListService } from './status-list.service';
import { verifyIndependently } from './test-support/independent-verifier';
import { CredentialKeyRing } from './credential-key-ring';

describe('StatusListService (PostgreSQL)', () => {
  let context: TestingContext;
  let lists: StatusListService;

  beforeAll(async () => {
    context = await createTestingContext([CredentialsModule]);
    lists = context.get(StatusListService);
  });

  afterAll(() => context.close());

  it('hands out each index once, even to concurrent transactions, and opens a signed 16 KB list', async () => {
    const entries = await Promise.all(Array.from({ length: 40 }, () => context.dataSource.transaction((manager) => lists.allocate(manager))));
    const keys = new Set(entries.map((entry) => `${entry.listId}#${entry.index}`));
    expect(keys.size).toBe(40);
    expect(new Set(entries.map((entry) => entry.listId)).size).toBe(1);
    const list = await context.dataSource.getRepository(CredentialStatusListEntity).findOneByOrFail({ id: entries[0]!.listId });
    expect(list.length).toBe(STATUS_LIST_LENGTH);
    expect(list.bits.length).toBe(16 * 1024);
    const published = await lists.published(list.id);
    const subject = published!.credential['credentialSubject'] as Record<string, unknown>;
    expect(decodeStatusBits(String(subject['encodedList'])).length).toBe(16 * 1024);
    await expect(verifyIndependently(published!.credential, { didDocuments: [context.get(CredentialKeyRing).didDocument()] })).resolves.toMatchObject({ verified: true });
  });

  it('hands out a batch of consecutive indexes by one statement, concurrent batches never sharing one, and goes on in a new list when the open one is full', async () => {
    const batches = await Promise.all(Array.from({ length: 6 }, () => context.dataSource.transaction((manager) => lists.allocateMany(manager, 25))));
    for (const batch of batches) {
      expect(batch).toHaveLength(25);
      expect(batch.every((entry, i) => entry.listId === batch[0]!.listId && entry.index === batch[0]!.index + i)).toBe(true);
    }
    expect(new Set(batches.flat().map((entry) => `${entry.listId}#${entry.index}`)).size).toBe(150);

    const open = batches[0]![0]!.listId;
    // As if the open list had room for three more: a batch of five takes those three, then two of a new list.
    await context.dataSource.query('UPDATE credential_status_list SET next_index = length - 3 WHERE id = $1', [open]);
    const spanning = await context.dataSource.transaction((manager) => lists.allocateMany(manager, 5));
    expect(spanning.slice(0, 3)).toEqual([0, 1, 2].map((i) => ({ listId: open, index: STATUS_LIST_LENGTH - 3 + i })));
    expect(spanning[3]!.listId).not.toBe(open);
    expect(spanning.slice(3).map((entry) => entry.index)).toEqual([0, 1]);
  });

  it('gives back nothing but a gap when the transaction rolls back', async () => {
    const before = await context.dataSource.transaction((manager) => lists.allocate(manager));
    await expect(
      context.dataSource.transaction(async (manager) => {
        await lists.allocate(manager);
        throw new Error('the certificate could not be written');
      }),
    ).rejects.toThrow('could not be written');
    const after = await context.dataSource.transaction((manager) => lists.allocate(manager));
    expect(after.listId === before.listId ? after.index : -1).toBe(before.index + 1);
  });

  it('opens a new list when the open one is full', async () => {
    const entry = await context.dataSource.transaction((manager) => lists.allocate(manager));
    await context.dataSource.query(`UPDATE credential_status_list SET next_index = CASE WHEN id = $1 THEN length - 1 ELSE length END WHERE next_index < length`, [entry.listId]);
    const last = await context.dataSource.transaction((manager) => lists.allocate(manager));
    const next = await context.dataSource.transaction((manager) => lists.allocate(manager));
    expect(last).toEqual({ listId: entry.listId, index: STATUS_LIST_LENGTH - 1 });
    expect(next.listId).not.toBe(entry.listId);
    expect(next.index).toBe(0);
  });

  it('sets 100 bits for 100 concurrent revocations and re-signs the list', async () => {
    const entries = await context.dataSource.transaction(async (manager) => {
      const taken = [];
      for (let i = 0; i < 100; i++) taken.push(await lists.allocate(manager));
      return taken;
    });
    const listId = entries[0]!.listId;
    expect(entries.every((entry) => entry.listId === listId)).toBe(true);
    const versionBefore = (await lists.published(listId))!.version;

    await Promise.all(entries.map((entry) => context.dataSource.transaction((manager) => lists.revoke(manager, entry.listId, entry.index))));

    const published = (await lists.published(listId))!;
    // At least: other suites of the same database may revoke in the same shared list meanwhile.
    expect(published.version).toBeGreaterThanOrEqual(versionBefore + 100);
    const bits = decodeStatusBits(String((published.credential['credentialSubject'] as Record<string, unknown>)['encodedList']));
    expect(entries.filter((entry) => isStatusBitSet(bits, entry.index))).toHaveLength(100);
    for (const entry of entries) await expect(lists.isRevoked(listId, entry.index)).resolves.toBe(true);
    await expect(verifyIndependently(published.credential, { didDocuments: [context.get(CredentialKeyRing).didDocument()] })).resolves.toMatchObject({ verified: true });
  });

  it('refuses an index no credential holds, and leaves a revoked bit as it is', async () => {
    const entry = await context.dataSource.transaction((manager) => lists.allocate(manager));
    await expect(context.dataSource.transaction((manager) => lists.revoke(manager, entry.listId, entry.index + 1000))).rejects.toThrow(/no credential at index/);
    await context.dataSource.transaction((manager) => lists.revoke(manager, entry.listId, entry.index));
    const version = (await lists.published(entry.listId))!.version;
    await context.dataSource.transaction((manager) => lists.revoke(manager, entry.listId, entry.index));
    expect((await lists.published(entry.listId))!.version).toBe(version);
  });
});
