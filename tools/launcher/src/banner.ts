import { DEMO_ACCOUNTS } from '@hocso/contracts';

/** Where demo mode writes what it would have sent; null when a real SMTP server or SMS provider is configured. */
export interface OutboxFolders {
  mail: string | null;
  sms: string | null;
}

export function printBanner(url: string, demoPassword: string | undefined, outbox: OutboxFolders): void {
  const lines = [
    '',
    '  HocSo (Học Số) is running',
    `  Portal:   ${url}/`,
    `  GraphQL:  ${url}/graphql`,
    `  Health:   ${url}/health`,
  ];
  if (outbox.mail || outbox.sms) lines.push('');
  if (outbox.mail) lines.push(`  Mail:     ${outbox.mail}/ (one .eml file per message; no SMTP_HOST set)`);
  if (outbox.sms) lines.push(`  SMS:      ${outbox.sms}/ (one .txt file per message; SMS_DRIVER is log)`);
  if (demoPassword) {
    lines.push('', `  Demo accounts (password: ${demoPassword}):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(24)} ${account.description}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
