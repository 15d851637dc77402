import { DEMO_ACCOUNTS } from '@hocso/contracts';

export function printBanner(url: string, demoPassword: string | undefined): void {
  const lines = [
    '',
    '  HocSo (Học Số) is running',
    `  Portal:   ${url}/`,
    `  GraphQL:  ${url}/graphql`,
    `  Health:   ${url}/health`,
  ];
  if (demoPassword) {
    lines.push('', `  Demo accounts (password: ${demoPassword}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(24)} ${account.description}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
