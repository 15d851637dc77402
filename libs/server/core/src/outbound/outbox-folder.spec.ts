import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LogSmsSender } from '../sms/log-sms-sender';
import { OutboxFolder } from './outbox-folder';

describe('OutboxFolder and the SMS log driver', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hocso-outbox-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes one whole file per message, named by time and recipient, creating the folder', async () => {
    const folder = new OutboxFolder(path.join(dir, 'mail'), 'eml');
    const first = await folder.write('an@bentre.gov.vn', 'Subject: một\r\n\r\nxin chào');
    await folder.write('../../etc/passwd', 'x');
    const names = (await readdir(path.join(dir, 'mail'))).sort();
    expect(names).toHaveLength(2);
    expect(names.every((name) => name.endsWith('.eml') && !name.includes('/'))).toBe(true);
    expect(path.basename(first)).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}-an@bentre\.gov\.vn\.eml$/);
    await expect(readFile(first, 'utf8')).resolves.toContain('xin chào');
  });

  it('writes an SMS as the phone would show it', async () => {
    await new LogSmsSender(dir).send({ to: '+84912345678', text: 'Mã đặt lại mật khẩu HocSo: 123456' });
    const [name] = await readdir(dir);
    expect(name).toMatch(/\+84912345678\.txt$/);
    await expect(readFile(path.join(dir, name), 'utf8')).resolves.toMatch(/^To: \+84912345678\nDate: .+\n\nMã đặt lại mật khẩu HocSo: 123456\n$/);
  });
});
