import { composeMail } from './compose-mail';

const content = {
  subject: 'mail.setPassword.subject',
  body: 'mail.setPassword.body',
  params: { name: 'Nguyễn Văn An', link: 'https://hocso.example/set-password?token=abc', hours: 72 },
} as const;

describe('composeMail', () => {
  it('writes Vietnamese first and English below when the reader’s language is not known', () => {
    const mail = composeMail('an@bentre.gov.vn', content);
    expect(mail.to).toBe('an@bentre.gov.vn');
    expect(mail.subject).toBe('HocSo: đặt mật khẩu cho tài khoản của bạn / HocSo: set the password of your account');
    expect(mail.text.indexOf('Xin chào Nguyễn Văn An')).toBe(0);
    expect(mail.text.indexOf('Hello Nguyễn Văn An')).toBeGreaterThan(mail.text.indexOf('hết hạn sau 72 giờ'));
    expect(mail.text.match(/set-password\?token=abc/g)).toHaveLength(2);
  });

  it('writes in the reader’s language alone when it is known', () => {
    const mail = composeMail('an@bentre.gov.vn', content, 'en');
    expect(mail.subject).toBe('HocSo: set the password of your account');
    expect(mail.text).toContain('it expires in 72 hours');
    expect(mail.text).not.toContain('Xin chào');
  });
});
