import { CredentialIssuer, CredentialKeyRing, loadConfig } from '@hocso/server-core';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const PUBLIC_URL = 'https://hocso.example.gov.vn';

/** A credential signed as the platform signs them (the platform under test runs with the same key and address). */
async function signedAsThePlatform(): Promise<Record<string, unknown>> {
  const config = loadConfig({ PUBLIC_URL });
  const issuer = new CredentialIssuer(config, new CredentialKeyRing(config));
  return issuer.sign(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: issuer.issuerProfile(),
      validFrom: '2026-01-01T00:00:00Z',
      name: 'Kỹ năng số cơ bản',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: 'Nguyễn Văn An',
        achievement: { id: 'urn:uuid:5e1f', type: ['Achievement'], name: 'Kỹ năng số cơ bản', criteria: { narrative: 'Hoàn thành khóa học' } },
      },
    },
    new Date('2026-01-01T00:00:00Z'),
  );
}

describe('the /verify page on a phone', () => {
  const chromium = usePlatformInChromium({ PUBLIC_URL });

  it('shows a valid credential with its holder, and a tampered one with nothing but the warning', async () => {
    const credential = await signedAsThePlatform();
    const page = await newPhonePage(chromium.browser());
    await page.goto(`${chromium.platform().url}/verify`);
    await page.getByTestId('credential-json').fill(JSON.stringify(credential));
    await page.getByTestId('credential-check').click();
    const result = page.getByTestId('credential-result');
    await result.waitFor();
    await expect(result.getAttribute('data-state')).resolves.toBe('VALID');
    await expect(result.textContent()).resolves.toContain('Nguyễn Văn An');
    // Without a status list entry, the status is never shown as "not revoked".
    await expect(page.getByTestId('credential-status').textContent()).resolves.toBe('Không kiểm tra được tình trạng thu hồi');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const tampered = { ...credential, credentialSubject: { ...(credential['credentialSubject'] as object), name: 'Người Khác' } };
    await page.getByTestId('credential-json').fill(JSON.stringify(tampered));
    await page.getByTestId('credential-check').click();
    await page.locator('[data-testid="credential-result"][data-state="SIGNATURE_INVALID"]').waitFor();
    const text = await page.getByTestId('credential-result').textContent();
    expect(text).toContain('có thể đã bị sửa đổi');
    expect(text).not.toContain('Người Khác');
    await page.context().close();
  });

  it('says in Vietnamese what is wrong with text that is not JSON', async () => {
    const page = await newPhonePage(chromium.browser());
    await page.goto(`${chromium.platform().url}/verify`);
    await page.getByTestId('credential-json').fill('{"@context": [');
    await page.getByTestId('credential-check').click();
    await expect(page.getByText('Nội dung không phải JSON hợp lệ', { exact: false }).first().waitFor()).resolves.toBeUndefined();
    await page.context().close();
  });

  it('lets an administrator put a did:web issuer on the trusted list with its DID document, and take it off', async () => {
    const did = `did:web:truong-${Date.now()}.edu.vn`;
    const didDocument = { id: did, verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' }], assertionMethod: [`${did}#key-1`] };
    const page = await newPhonePage(chromium.browser());
    await signInThroughPortal(page, chromium.platform().url, 'admin@demo.hocso.vn');
    await page.goto(`${chromium.platform().url}/admin/trusted-issuers`);
    await page.getByTestId('trusted-did').fill(did);
    await page.getByTestId('trusted-name').fill('Trường Đại học Cần Thơ');
    await page.getByTestId('trusted-document').fill('{"id": "did:web:khac.vn"}');
    await page.getByTestId('trusted-add').click();
    await page.getByText('Tài liệu DID không hợp lệ', { exact: false }).first().waitFor();
    await page.getByTestId('trusted-document').fill(JSON.stringify(didDocument));
    await page.getByTestId('trusted-add').click();
    const listed = page.getByTestId('trusted-issuers').locator('li').filter({ hasText: did });
    await listed.waitFor();
    await listed.getByRole('button').click();
    await listed.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
