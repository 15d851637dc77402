import { randomBytes } from 'node:crypto';
import { graphqlApi } from './support/graphql-api';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

/**
 * The compliance page at phone width: the demo unit manager of Huyện Châu Thành sees their district rolled up,
 * a row with a rate bar per commune, the requirement they set in the list, drills down into a commune and back up
 * to their district, and no further.
 */
describe('compliance in Chromium', () => {
  const suite = usePlatformInChromium();
  const api = graphqlApi(() => suite.platform().url);
  const title = `Kỹ năng số cho công chức ${randomBytes(3).toString('hex')}`;

  it('shows a unit manager their district by commune, their requirement, and a commune on its own', async () => {
    const token = await api.tokenOf('manager@demo.hocso.vn');
    const { complianceReport } = await api.call<{ complianceReport: { total: { orgUnit: { id: string; name: string } } } }>('{ complianceReport { total { orgUnit { id name } } } }', {}, token);
    const district = complianceReport.total.orgUnit;
    await api.call(
      'mutation ($input: TrainingRequirementInput!) { createTrainingRequirement(input: $input) { id } }',
      { input: { title, orgUnitId: district.id, audiences: ['OFFICIAL'], hours: 4, dueAt: new Date(Date.now() + 60 * 86_400_000).toISOString() } },
      token,
    );

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'manager@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/compliance`);
    const report = page.getByTestId('compliance-report');
    await report.getByRole('heading', { name: district.name }).waitFor();
    await expect(page.getByTestId('compliance-total').textContent()).resolves.toMatch(/\d{1,3}(\.\d{3})*\/\d{1,3}(\.\d{3})* người đã hoàn thành, \d{1,3}(\.\d{3})* quá hạn/);
    await expect(page.getByTestId('compliance-row').count()).resolves.toBeGreaterThan(0);
    await page.getByTestId('requirement-row').filter({ hasText: title }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const commune = page.getByTestId('compliance-row').getByRole('button').first();
    const communeName = (await commune.textContent()) ?? '';
    await commune.click();
    await report.getByRole('heading', { name: communeName }).waitFor();
    await page.getByRole('button', { name: 'Lên đơn vị cấp trên' }).click();
    await report.getByRole('heading', { name: district.name }).waitFor();
    // Their district is the top of what they may read: no way up to a province they may not see.
    await expect(page.getByRole('button', { name: 'Lên đơn vị cấp trên' }).count()).resolves.toBe(0);
  });
});
