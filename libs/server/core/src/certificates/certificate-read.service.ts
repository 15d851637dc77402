import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { isStorableText } from '../input/unstorable-character';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { printedCertificate } from './certificate-printed';
import { normaliseSerial, SERIAL_MAX_LENGTH } from './certificate-serial';
import { type CertificateVerification, unknownSerial } from './certificate-verification';
import { CertificateEntity } from './certificate.entity';

/** The most certificates one person's list holds (a certificate per completed course). */
export const MY_CERTIFICATES_MAX = 500;

const SERIAL_CHARACTERS = /^[A-Z0-9-]+$/;

/**
 * A serial as asked by anyone: a well-formed one is looked up (unknown means "not valid", never an error); a
 * malformed or oversized one is bad input.
 */
export function checkedSerial(serial: string): string {
  const normalised = normaliseSerial(serial);
  if (normalised.length === 0 || normalised.length > SERIAL_MAX_LENGTH || !isStorableText(normalised) || !SERIAL_CHARACTERS.test(normalised)) {
    throw DomainError.badInput('serial', 'certificate.serialInvalid', { max: SERIAL_MAX_LENGTH });
  }
  return normalised;
}

/** Reading certificates: the holder's list, the public verification, and the PDF and credential of a serial. */
@Injectable()
export class CertificateReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(CertificateEntity);
  }

  /** The actor's own certificates, newest first, revoked ones included (they show why). */
  mine(actor: Actor): Promise<CertificateEntity[]> {
    return this.repository.find({ where: { userId: actor.userId }, order: { issuedAt: 'DESC', issueNumber: 'DESC' }, take: MY_CERTIFICATES_MAX });
  }

  /** The current certificate of each enrollment: of its latest completion that has one, the ACTIVE one, else the latest issue. */
  async currentOfEnrollments(enrollmentIds: readonly string[]): Promise<Map<string, CertificateEntity>> {
    const rows = await this.repository
      .createQueryBuilder('c')
      .distinctOn(['c.enrollment_id'])
      .where('c.enrollment_id IN (:...ids)', { ids: enrollmentIds })
      .orderBy('c.enrollment_id')
      .addOrderBy('c.completion_number', 'DESC')
      .addOrderBy(`c.status = 'ACTIVE'`, 'DESC')
      .addOrderBy('c.issue_number', 'DESC')
      .getMany();
    return new Map(rows.map((row) => [row.enrollmentId, row]));
  }

  async verify(serial: string): Promise<CertificateVerification> {
    const checked = checkedSerial(serial);
    const certificate = await this.repository.findOne({ where: { serial: checked } });
    if (!certificate) return unknownSerial(checked);
    const linked = await this.repository.find({
      where: [{ replacesCertificateId: certificate.id }, ...(certificate.replacesCertificateId ? [{ id: certificate.replacesCertificateId }] : [])],
      select: { id: true, serial: true, replacesCertificateId: true },
    });
    return {
      ...printedCertificate(certificate),
      valid: certificate.status === 'ACTIVE',
      status: certificate.status,
      revokedReason: certificate.revokedReason,
      revokedAt: certificate.revokedAt,
      replacedBySerial: linked.find((row) => row.replacesCertificateId === certificate.id)?.serial ?? null,
      replacesSerial: linked.find((row) => row.id === certificate.replacesCertificateId)?.serial ?? null,
    };
  }

  /** The stored PDF of a serial, revoked ones included: the page it links to says it is revoked. */
  async pdf(serial: string): Promise<{ serial: string; stream: Readable }> {
    const certificate = await this.bySerial(serial);
    const stream = certificate.pdfStorageKey ? await this.storage.open(certificate.pdfStorageKey) : null;
    if (!stream) throw DomainError.notFound('certificate.pdfNotReady', certificate.serial);
    return { serial: certificate.serial, stream };
  }

  async credential(serial: string): Promise<Record<string, unknown>> {
    const certificate = await this.bySerial(serial);
    if (!certificate.credential) throw DomainError.notFound('certificate.credentialNotReady', certificate.serial);
    return certificate.credential;
  }

  private async bySerial(serial: string): Promise<CertificateEntity> {
    const checked = checkedSerial(serial);
    const certificate = await this.repository.findOne({ where: { serial: checked } });
    if (!certificate) throw DomainError.notFound('certificate.notFound', checked);
    return certificate;
  }
}
