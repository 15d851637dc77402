import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NotificationWriter } from '../notifications/notification-writer';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import type { CertificateFacts } from './certificate-facts';
import { nextSerials } from './certificate-serial';
import { certificateUrls } from './certificate-urls';

export interface NewCertificate {
  /** 1 for the first certificate of the completion; each reissue is the next number. */
  issueNumber: number;
  replacesCertificateId: string | null;
  reissueReason: string | null;
}

/** The columns of an inserted certificate taken from its facts and its issue, in the order the INSERT lists them. */
const FACT_COLUMNS = ['enrollmentId', 'userId', 'courseId', 'courseVersionId', 'courseVersion', 'holderName', 'courseTitle', 'hours', 'completedAt', 'completionNumber'] as const;
const ISSUE_COLUMNS = ['issueNumber', 'replacesCertificateId', 'reissueReason'] as const;

/** A certificate to insert: what the enrollment says now (or, for a reissue, of the completion it certified), and which issue of it this is. */
export interface CertificateToInsert {
  facts: CertificateFacts & { completedAt: Date };
  issue: NewCertificate;
}

/**
 * Inserts certificates in the caller's transaction (which holds their enrollments' row locks): their serials,
 * their status-list entries when credentials are signed, and their holders' notifications, all or nothing.
 * A batch takes its serials and status entries by one statement each, so the counter and list rows, which every
 * issue waits for, are held for the few statements of the batch.
 */
@Injectable()
export class CertificateWriter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationWriter,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  async insert(manager: EntityManager, facts: CertificateFacts & { completedAt: Date }, issue: NewCertificate): Promise<{ id: string; serial: string }> {
    const [inserted] = await this.insertMany(manager, [{ facts, issue }]);
    if (!inserted) throw new Error(`no certificate was inserted for enrollment ${facts.enrollmentId}`);
    return inserted;
  }

  /** Answers the certificates in the order given, with consecutive serials in that order. */
  async insertMany(manager: EntityManager, certificates: readonly CertificateToInsert[]): Promise<Array<{ id: string; serial: string }>> {
    if (certificates.length === 0) return [];
    const numbered = await nextSerials(manager, this.config.CERTIFICATE_SERIAL_PREFIX, certificates);
    const statuses = this.credentials ? await this.credentials.allocateStatuses(manager, certificates.length) : null;
    const rows = (await manager.query(
      `INSERT INTO certificate (serial, enrollment_id, user_id, course_id, course_version_id, course_version, holder_name, course_title, hours,
                                completed_at, completion_number, issue_number, replaces_certificate_id, reissue_reason, status_list_id, status_list_index, issuer_name)
       SELECT c.serial, c.enrollment_id, c.user_id, c.course_id, c.course_version_id, c.course_version, c.holder_name, c.course_title, c.hours,
              c.completed_at, c.completion_number, c.issue_number, c.replaces_certificate_id, c.reissue_reason, c.status_list_id, c.status_list_index, $17
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::text[], $8::text[], $9::numeric[],
                     $10::timestamptz[], $11::int[], $12::int[], $13::uuid[], $14::text[], $15::text[], $16::int[])
              WITH ORDINALITY AS c(serial, enrollment_id, user_id, course_id, course_version_id, course_version, holder_name, course_title, hours,
                                   completed_at, completion_number, issue_number, replaces_certificate_id, reissue_reason, status_list_id, status_list_index, position)
        ORDER BY c.position
       RETURNING id, serial`,
      [
        numbered.map(({ serial }) => serial),
        ...FACT_COLUMNS.map((key) => certificates.map(({ facts }) => facts[key])),
        ...ISSUE_COLUMNS.map((key) => certificates.map(({ issue }) => issue[key])),
        certificates.map((_, index) => statuses?.[index]?.listId ?? null),
        certificates.map((_, index) => statuses?.[index]?.index ?? null),
        this.config.CERTIFICATE_ISSUER_NAME.normalize('NFC'),
      ],
    )) as Array<{ id: string; serial: string }>;
    const idOf = new Map(rows.map((row) => [row.serial, row.id]));
    const publicUrl = publicUrlOf(this.config);
    await this.notifications.writeMany(
      manager,
      'certificate.issued',
      numbered.map(({ item: { facts }, serial }) => ({
        userId: facts.userId,
        params: { serial, courseTitle: facts.courseTitle, verifyUrl: certificateUrls(publicUrl, serial).verifyUrl },
      })),
    );
    return numbered.map(({ serial }) => {
      const id = idOf.get(serial);
      if (!id) throw new Error(`certificate ${serial} was not inserted`);
      return { id, serial };
    });
  }
}
