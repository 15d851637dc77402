import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { until } from '@hocso/server-core/testing';
import { graphqlApi } from './support/graphql-api';
import { decodedMail, waitForMessage } from './support/outbox-files';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/**
 * One person's terms at phone width: the demo unit manager drills down to the people of a commune of their
 * district, is told a reason is needed, extends an official's due date; the official then sees on their home page
 * why the requirement applies to them and the date it is now due. The commune and its official are the suite's own,
 * so that what other suites add to the demo's units changes nothing here.
 */
describe('exemptions, extensions and one\'s own requirements in Chromium', () => {
  const mailDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'hocso-outbox-')), 'mail');
  const suite = usePlatformInChromium({ MAIL_DIR: mailDir });
  const api = graphqlApi(() => suite.platform().url);
  const tag = randomBytes(3).toString('hex');
  const title = `An toàn thông tin ${tag}`;
  const officialName = `Lâm Thị Hạnh ${tag}`;
  const officialEmail = `hanh.${tag}@example.vn`;
  const officialPassword = 'hoc-so-2026';

  it('lets a unit manager extend an official\'s due date, which the official then sees with why it applies', async () => {
    const adminToken = await api.tokenOf('admin@demo.hocso.vn');
    const managerToken = await api.tokenOf('manager@demo.hocso.vn');
    // The demo official's commune is in the district the demo manager manages.
    const { me: demoOfficial } = await api.call<{ me: { orgUnit: { parent: { id: string; name: string } } } }>(
      '{ me { orgUnit { parent { id name } } } }',
      {},
      await api.tokenOf('learner@demo.hocso.vn'),
    );
    const district = demoOfficial.orgUnit.parent;
    const { createOrgUnit: commune } = await api.call<{ createOrgUnit: { id: string } }>(
      'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      { input: { code: `XA-${tag.toUpperCase()}`, name: `Xã Thử Nghiệm ${tag}`, kind: 'COMMUNE', parentId: district.id } },
      adminToken,
    );
    const { register } = await api.call<{ register: { accessToken: string; user: { id: string } } }>(
      'mutation ($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }',
      { input: { fullName: officialName, email: officialEmail, password: officialPassword } },
    );
    const confirmation = decodedMail(await waitForMessage(mailDir, officialEmail, (eml) => decodedMail(eml).includes('/confirm-email?token=')));
    const token = /\/confirm-email\?token=([\w-]+)/.exec(confirmation)?.[1];
    await api.call('mutation ($token: String!) { confirmEmail(token: $token) }', { token }, register.accessToken);
    await api.call(
      'mutation ($userId: ID!, $input: UpdateMembershipInput!) { updateUserMembership(userId: $userId, input: $input) { id } }',
      { userId: register.user.id, input: { orgUnitId: commune.id, audience: 'OFFICIAL' } },
      adminToken,
    );
    const officialToken = await api.tokenOf(officialEmail, officialPassword);
    const { createTrainingRequirement } = await api.call<{ createTrainingRequirement: { id: string } }>(
      'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }',
      { input: { title, orgUnitId: district.id, audiences: ['OFFICIAL'], hours: 4, dueAt: '2027-03-31T16:59:59Z' } },
      managerToken,
    );

    // Coverage is the worker's: the page is opened once it has covered the official.
    await until(
      () => api.call<{ myTrainingRequirements: Array<{ requirementId: string }> }>('{ myTrainingRequirements { requirementId } }', {}, officialToken),
      (answer) => answer.myTrainingRequirements.some((requirement) => requirement.requirementId === createTrainingRequirement.id),
      60_000,
    );

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'manager@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/compliance?unit=${commune.id}&requirement=${createTrainingRequirement.id}`);
    const people = page.getByTestId('unit-people');
    const official = people.getByTestId('unit-person').filter({ hasText: officialName });
    await expect(official.getByTestId('unit-person-state').textContent()).resolves.toBe('Chưa bắt đầu');
    await expect(official.textContent()).resolves.toContain('31/03/2027');

    await official.getByRole('button', { name: 'Miễn', exact: true }).click();
    const form = page.getByTestId('person-terms-form');
    await form.getByRole('button', { name: 'Miễn', exact: true }).click();
    await form.getByText('Hãy nêu lý do').first().waitFor();
    await form.getByRole('button', { name: 'Hủy' }).click();

    await official.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await form.getByLabel('Hạn mới').fill('2027-04-30');
    await form.getByLabel('Lý do').fill('Đi học lớp bồi dưỡng dài hạn');
    await form.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await official.getByText('30/04/2027 (đã gia hạn)').waitFor();
    await official.getByRole('button', { name: 'Bỏ gia hạn' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const home = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(home, suite.platform().url, officialEmail, officialPassword);
    const mine = home.getByTestId('my-requirement').filter({ hasText: title });
    await mine.getByText(`Bạn thuộc ${district.name}, đối tượng công chức: hạn 30/04/2027`).waitFor();
    await mine.getByText('Hạn đã được gia hạn cho bạn.').waitFor();
    await expect(mine.getByTestId('my-requirement-state').textContent()).resolves.toBe('Chưa bắt đầu');
    await mine.getByRole('link', { name: 'Chọn khóa học' }).waitFor();
    await expect(home.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  });
});
