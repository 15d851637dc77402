import { readFile } from 'node:fs/promises';
import { graphqlApi } from './support/graphql-api';
import { usePlatformInChromium } from './support/platform-in-chromium';
import { newPhonePage, signInThroughPortal } from './support/portal-session';

const DEMO_REQUIREMENT = 'Bồi dưỡng kỹ năng công nghệ thông tin (Kế hoạch chuyển đổi số tỉnh)';

/**
 * The compliance reports at phone width in Vietnamese: the administrator reads the plan's table by level for the
 * province's IT requirement, the bars per unit with their values written out, the trend, the districts without an
 * expert, and downloads the report as CSV; the district's manager reminds their people once a day.
 */
describe('compliance reports in Chromium', () => {
  const suite = usePlatformInChromium();
  const api = graphqlApi(() => suite.platform().url);

  it('shows the administrator the report by level, the charts and the districts without an expert, and downloads it', async () => {
    const token = await api.tokenOf('admin@demo.hocso.vn');
    const { trainingRequirements } = await api.call<{ trainingRequirements: Array<{ id: string; title: string; orgUnit: { id: string } }> }>(
      '{ trainingRequirements { id title orgUnit { id } } }',
      {},
      token,
    );
    const requirement = trainingRequirements.find((candidate) => candidate.title === DEMO_REQUIREMENT);
    expect(requirement).toBeDefined();
    // The province is named: other suites of the same database create top-level units of their own, and an
    // administrator's report without a unit is of the oldest one.
    const province = requirement!.orgUnit.id;
    const { complianceLevelReport } = await api.call<{ complianceLevelReport: { rows: Array<{ levelName: string; required: number; completed: number }> } }>(
      'query ($req: ID, $unit: ID) { complianceLevelReport(requirementId: $req, orgUnitId: $unit) { rows { levelName required completed } } }',
      { req: requirement!.id, unit: province },
      token,
    );

    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'admin@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/compliance?unit=${province}&requirement=${requirement!.id}`);
    await page.getByLabel('Yêu cầu', { exact: true }).locator('option:checked', { hasText: DEMO_REQUIREMENT }).waitFor({ state: 'attached' });
    const levels = page.getByTestId('compliance-level-row');
    // Other suites add levels of their own to the shared database (with no one in them): the demo's three are checked.
    const demoLevels = complianceLevelReport.rows.filter((row) => row.required > 0);
    expect(demoLevels.map((row) => row.levelName)).toHaveLength(3);
    for (const row of demoLevels) {
      await levels.filter({ hasText: row.levelName }).filter({ hasText: `${row.completed}/${row.required}` }).waitFor();
    }
    await levels.filter({ hasText: 'Cán bộ, công chức cấp tỉnh' }).waitFor();
    await expect(page.getByTestId('compliance-levels-total').textContent()).resolves.toMatch(/Tổng cộng \d{1,3}(\.\d{3})*\/\d{1,3}(\.\d{3})* người \(\d+,\d\s?%\)/);

    // Bars with each unit's name and rate written out, and the worker's snapshot of today as the trend.
    await page.getByTestId('compliance-bar').first().waitFor();
    await expect(page.getByTestId('compliance-bar').count()).resolves.toBeGreaterThan(5);
    await expect(page.getByTestId('compliance-bars').locator('svg').getAttribute('aria-label')).resolves.toMatch(/Huyện Giồng Trôm: \d+,\d\s?%/);
    await page.getByTestId('compliance-trend').or(page.getByTestId('compliance-trend-empty')).first().waitFor();

    const without = page.getByTestId('units-without-expert');
    await without.waitFor();
    await expect(without.textContent()).resolves.toContain('Huyện Chợ Lách');
    await expect(without.textContent()).resolves.toContain('Huyện Giồng Trôm');
    await page.getByTestId('unit-experts-row').filter({ hasText: 'Huyện Ba Tri' }).filter({ hasNotText: 'Chưa có chuyên gia' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-levels-csv').click()]);
    const csv = await readFile((await download.path()) as string);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('Cấp,Phải hoàn thành,Đã hoàn thành,Tỷ lệ (%)');
  });

  it('lets the district\'s manager remind the people who have not completed, once a day', async () => {
    const page = await newPhonePage(suite.browser(), 20_000);
    await signInThroughPortal(page, suite.platform().url, 'manager@demo.hocso.vn');
    await page.goto(`${suite.platform().url}/admin/compliance`);
    await page.getByLabel('Yêu cầu', { exact: true }).selectOption({ label: DEMO_REQUIREMENT });
    await page.getByTestId('compliance-remind').click();
    await expect(page.getByTestId('compliance-remind-outcome').textContent()).resolves.toMatch(/Đã gửi thông báo nhắc nhở cho \d{1,3}(\.\d{3})* người/);
    await page.getByTestId('compliance-remind').click();
    await page.getByTestId('compliance-remind-outcome').filter({ hasText: 'đã được nhắc về yêu cầu này hôm nay' }).waitFor();
  });
});
