/**
 * Bulk onboarding benchmark: a 10,000-row CSV of officials goes through the real path — GraphQL upload
 * to the built API, BullMQ on Redis, the built worker process, PostgreSQL — on a database of its own.
 * Prints the time from upload to COMPLETED (goal: under 60 s) and the rate; then re-imports the same
 * file, which must create nobody.
 */
import globalSetup from '../test/global-setup';
import globalTeardown from '../test/global-teardown';
import { startPlatform } from '../e2e/support/platform';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 10_000);
const COMMUNES = ['BT-CHAUTHANH-TANTHACH', 'BT-BATRI-TT', 'BT-CHOLACH-TT', 'BT-GIONGTROM-TT'];

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function csv(): Buffer {
  const lines = ['full_name,email,phone,org_unit_code,audience,position'];
  for (let i = 0; i < ROWS; i += 1) {
    lines.push(`Cán Bộ Số ${i},can.bo.${i}@bentre.gov.vn,09${String(10_000_000 + i)},${COMMUNES[i % COMMUNES.length]},OFFICIAL,Chuyên viên`);
  }
  return Buffer.from(`\uFEFF${lines.join('\n')}\n`, 'utf8');
}

async function importOnce(url: string, token: string, file: Buffer): Promise<{ seconds: number; counts: Record<string, number> }> {
  const started = performance.now();
  const { startOfficialImport } = await gql<{ startOfficialImport: { id: string } }>(
    url,
    'mutation ($i: StartOfficialImportInput!) { startOfficialImport(input: $i) { id } }',
    { i: { fileName: 'bench.csv', contentBase64: file.toString('base64') } },
    token,
  );
  for (;;) {
    const { officialImport } = await gql<{ officialImport: Record<string, number | string> }>(
      url,
      'query ($id: ID!) { officialImport(id: $id) { status createdCount updatedCount rejectedCount processedRows } }',
      { id: startOfficialImport.id },
      token,
    );
    if (officialImport['status'] === 'COMPLETED' || officialImport['status'] === 'FAILED') {
      if (officialImport['status'] === 'FAILED') throw new Error('import failed');
      return { seconds: (performance.now() - started) / 1000, counts: officialImport as Record<string, number> };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  await globalSetup();
  const platform = await startPlatform();
  try {
    const { login } = await gql<{ login: { accessToken: string } }>(
      platform.url,
      'mutation { login(input: { email: "admin@demo.hocso.vn", password: "HocSo@2026" }) { accessToken } }',
      {},
    );
    const file = csv();
    console.log(`Onboarding benchmark: ${ROWS} rows, ${(file.length / 1024).toFixed(0)} KiB CSV`);
    const first = await importOnce(platform.url, login.accessToken, file);
    console.log(
      `first import:  ${first.seconds.toFixed(2)} s (${Math.round(ROWS / first.seconds)} rows/s) ` +
        `created ${first.counts['createdCount']}, updated ${first.counts['updatedCount']}, rejected ${first.counts['rejectedCount']}`,
    );
    const second = await importOnce(platform.url, login.accessToken, file);
    console.log(
      `same file again: ${second.seconds.toFixed(2)} s (${Math.round(ROWS / second.seconds)} rows/s) ` +
        `created ${second.counts['createdCount']}, updated ${second.counts['updatedCount']}, rejected ${second.counts['rejectedCount']}`,
    );
    console.log(`goal: under 60 s for 10,000 rows — ${first.seconds < 60 ? 'met' : 'NOT met'}`);
  } finally {
    await platform.stop();
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
