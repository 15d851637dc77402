import { randomUUID } from 'node:crypto';
import { CredentialIssuer, StatusListService } from '@hocso/server-core';
import { verifyIndependently } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../test-support/test-api';

describe('credentials verified by an independent verifier against the served documents', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  /** Reads a document the platform serves under its public address from the running API instead. */
  async function served(publicAddress: string, headers: Record<string, string> = {}): Promise<Response> {
    const { pathname } = new URL(publicAddress);
    return fetch(`${api.url}${pathname}`, { headers });
  }

  async function issueOne(): Promise<Record<string, unknown>> {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const status = await dataSource.transaction((manager) => api.app.get(StatusListService).allocate(manager));
    return api.app.get(CredentialIssuer).issueCertificateCredential({
      credentialId: randomUUID(),
      serial: 'BT-2026-000001',
      holderName: 'Trần Văn Đức',
      courseTitle: 'An toàn thông tin cơ bản',
      courseVersion: 1,
      hours: 8,
      completedAt: new Date('2026-11-30T02:00:00Z'),
      issuedAt: new Date(),
      verifyUrl: 'http://localhost:3000/verify/BT-2026-000001',
      status,
    });
  }

  it('serves the did:web DID document at /.well-known/did.json with full Multikey references', async () => {
    const response = await fetch(`${api.url}/.well-known/did.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/did\+json/);
    const didDocument = (await response.json()) as { id: string; verificationMethod: Array<Record<string, unknown>>; assertionMethod: string[] };
    expect(didDocument.id).toBe('did:web:localhost%3A3000');
    expect(didDocument.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: didDocument.id });
    expect(didDocument.assertionMethod).toEqual(didDocument.verificationMethod.map((method) => method['id']));
    expect(didDocument.assertionMethod.every((id) => id.startsWith(`${didDocument.id}#key-`))).toBe(true);
  });

  it('issues a credential that verifies, reads not revoked, then revoked once its bit is set', async () => {
    const credential = await issueOne();
    const didDocument = (await (await fetch(`${api.url}/.well-known/did.json`)).json()) as Record<string, unknown>;
    const statusEntry = credential['credentialStatus'] as { statusListCredential: string; statusListIndex: string };

    const first = await served(statusEntry.statusListCredential);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    const listBefore = (await first.json()) as Record<string, unknown>;
    await expect(verifyIndependently(credential, { didDocuments: [didDocument], statusLists: { [statusEntry.statusListCredential]: listBefore } })).resolves.toMatchObject({ verified: true, revoked: false });
    expect((await served(statusEntry.statusListCredential, { 'if-none-match': etag })).status).toBe(304);

    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const listId = new URL(statusEntry.statusListCredential).pathname.split('/').pop()!;
    await dataSource.transaction((manager) => api.app.get(StatusListService).revoke(manager, listId, Number(statusEntry.statusListIndex)));

    const second = await served(statusEntry.statusListCredential, { 'if-none-match': etag });
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).not.toBe(etag);
    const listAfter = (await second.json()) as Record<string, unknown>;
    await expect(verifyIndependently(credential, { didDocuments: [didDocument], statusLists: { [statusEntry.statusListCredential]: listAfter } })).resolves.toMatchObject({ verified: true, revoked: true });
  });

  it('fails a tampered credential against the served DID document', async () => {
    const credential = await issueOne();
    const didDocument = (await (await fetch(`${api.url}/.well-known/did.json`)).json()) as Record<string, unknown>;
    const tampered = { ...credential, name: 'Chuyên gia an toàn thông tin' };
    await expect(verifyIndependently(tampered, { didDocuments: [didDocument] })).resolves.toMatchObject({ verified: false });
  });

  it('answers 404 for a status list that does not exist, or an id that is not one', async () => {
    expect((await fetch(`${api.url}/credentials/status/nosuchlist`)).status).toBe(404);
    expect((await fetch(`${api.url}/credentials/status/${'x'.repeat(200)}`)).status).toBe(404);
  });
});

describe('checkCredential over GraphQL (public)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const CHECK = 'query ($json: String!) { checkCredential(json: $json) { state warnings signatureVerified message revoked holderName issuerId } }';

  it('answers a platform credential as valid and not revoked, in the language asked', async () => {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const status = await dataSource.transaction((manager) => api.app.get(StatusListService).allocate(manager));
    const credential = await api.app.get(CredentialIssuer).issueCertificateCredential({
      credentialId: randomUUID(),
      serial: 'BT-2026-000002',
      holderName: 'Hồ Thị Mai',
      courseTitle: 'Dịch vụ công trực tuyến',
      courseVersion: 1,
      hours: 4,
      completedAt: new Date(),
      issuedAt: new Date(),
      verifyUrl: 'http://localhost:3000/verify/BT-2026-000002',
      status,
    });
    const vi = await api.gql<{ checkCredential: Record<string, unknown> }>(CHECK, { json: JSON.stringify(credential) });
    expect(vi.data?.checkCredential).toMatchObject({ state: 'VALID', warnings: [], signatureVerified: true, revoked: false, holderName: 'Hồ Thị Mai', issuerId: 'did:web:localhost%3A3000' });
    expect(vi.data?.checkCredential['message']).toContain('Chữ ký hợp lệ');
    const tampered = { ...credential, name: 'Khác' };
    const answer = await api.gql<{ checkCredential: Record<string, unknown> }>(CHECK, { json: JSON.stringify(tampered) }, undefined, 'en');
    expect(answer.data?.checkCredential).toMatchObject({ state: 'SIGNATURE_INVALID', signatureVerified: false, revoked: null, holderName: null, issuerId: null });
    expect(answer.data?.checkCredential['message']).toContain('may have been tampered with');
  });

  it.each([
    ['10 MB', () => JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], padding: 'x'.repeat(10 * 1024 * 1024) }), 'at most 1 MB'],
    ['not JSON', () => 'not json at all', 'not valid JSON'],
    ['a remote context', () => JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2', 'https://attacker.example/c.json'], type: ['VerifiableCredential'] }), 'never fetches'],
  ])('refuses %s with BAD_USER_INPUT on json, never a 500', async (_label, json, text) => {
    const answer = await api.gql(CHECK, { json: json() }, undefined, 'en');
    expect(answer.status).toBe(200);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'json' } });
    expect(answer.errors?.[0]?.message).toContain(text);
  });
});
