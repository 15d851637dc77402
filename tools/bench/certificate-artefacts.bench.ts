/**
 * The CPU cost of one certificate's artefacts in this process, without the database or the queue: the PDF
 * (CertificatePdf) and the signed Open Badges credential (CredentialIssuer), each measured alone after a warm-up.
 * Prints milliseconds of CPU (user + system) per artefact, so a busy machine changes the wall figures, not these.
 */
import { CredentialIssuer, CredentialKeyRing, loadConfig, renderCertificatePdf } from '@hocso/server-core';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 200);

function content(i: number) {
  return {
    serial: `BT-2026-${String(i).padStart(6, '0')}`,
    holderName: `Nguyễn Thị Hồng Nhung ${i}`,
    courseTitle: 'Kỹ năng số cho cán bộ, công chức',
    courseVersion: 3,
    hours: 12.5,
    completedAt: new Date('2026-11-20T08:00:00Z'),
    issuedAt: new Date('2026-11-20T08:05:00Z'),
    issuerName: 'Sở Thông tin và Truyền thông (HocSo)',
    verifyUrl: `https://hocso.example.gov.vn/verify/BT-2026-${String(i).padStart(6, '0')}`,
  };
}

async function measure(label: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i += 1) await run(i);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i += 1) await run(i);
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  console.log(`${label}: ${((used.user + used.system) / 1000 / ROUNDS).toFixed(2)} ms CPU each (${(wallMs / ROUNDS).toFixed(2)} ms wall), ${ROUNDS} rounds`);
}

async function main(): Promise<void> {
  const config = loadConfig({ PUBLIC_URL: 'https://hocso.example.gov.vn' });
  const issuer = new CredentialIssuer(config, new CredentialKeyRing(config));
  await measure('PDF', (i) => renderCertificatePdf(content(i)));
  await measure('credential', (i) =>
    issuer.issueCertificateCredential({ ...content(i), credentialId: `0d3c8f7e-1111-4a2b-9c3d-${String(i).padStart(12, '0')}`, status: { listId: 'abc123', index: i } }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
