import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { NotificationWriter } from '../notifications/notification-writer';
import { CERTIFICATE_CREDENTIALS, type CertificateCredentials } from './certificate-credentials';
import type { CertificateFacts } from './certificate-facts';
import { nextSerial } from './certificate-serial';
import { certificateUrls } from './certificate-urls';

export interface NewCertificate {
  issueNumber: number;
  replacesCertificateId: string | null;
  reissueReason: string | null;
}

/**
 * Inserts a certificate in the caller's transaction (which holds the enrollment's row lock): its serial, its
 * status-list entry when credentials are signed, and the holder's notification, all or nothing.
 */
@Injectable()
export class CertificateWriter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationWriter,
    @Optional() @Inject(CERTIFICATE_CREDENTIALS) private readonly credentials: CertificateCredentials | null = null,
  ) {}

  async insert(manager: EntityManager, facts: CertificateFacts & { completedAt: Date }, issue: NewCertificate): Promise<{ id: string; serial: string }> {
    const { serial } = await nextSerial(manager, this.config.CERTIFICATE_SERIAL_PREFIX);
    const status = this.credentials ? await this.credentials.allocateStatus(manager) : null;
    const [row] = (await manager.query(
      `INSERT INTO certificate (serial, enrollment_id, issue_number, user_id, course_id, course_version_id, course_version, holder_name,
                                course_title, hours, issuer_name, completed_at, replaces_certificate_id, reissue_reason, status_list_id, status_list_index)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       RETURNING id`,
      [
        serial,
        facts.enrollmentId,
        issue.issueNumber,
        facts.userId,
        facts.courseId,
        facts.courseVersionId,
        facts.courseVersion,
        facts.holderName,
        facts.courseTitle,
        facts.hours,
        this.config.CERTIFICATE_ISSUER_NAME.normalize('NFC'),
        facts.completedAt,
        issue.replacesCertificateId,
        issue.reissueReason,
        status?.listId ?? null,
        status?.index ?? null,
      ],
    )) as Array<{ id: string }>;
    const { verifyUrl } = certificateUrls(publicUrlOf(this.config), serial);
    await this.notifications.write(manager, facts.userId, 'certificate.issued', { serial, courseTitle: facts.courseTitle, verifyUrl });
    return { id: row.id, serial };
  }
}
