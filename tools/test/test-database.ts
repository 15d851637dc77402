/** The PostgreSQL server tests run on: TEST_DATABASE_URL, else the local one on 127.0.0.1:5432. */
export function testAdminUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function testDatabaseUrl(database: string): string {
  const url = new URL(testAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
