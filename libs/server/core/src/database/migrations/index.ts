import { Foundation1764100000000 } from './1764100000000-foundation';
import { QuestionBank1764200000000 } from './1764200000000-question-bank';
import { Courses1764300000000 } from './1764300000000-courses';
import { Sessions1764420000000 } from './1764420000000-sessions';
import { AccountSafety1764460000000 } from './1764460000000-account-safety';
import { Exams1764500000000 } from './1764500000000-exams';
import { CredentialStatusLists1765000000000 } from './1765000000000-credential-status-lists';
import { TrustedIssuers1765000100000 } from './1765000100000-trusted-issuers';
import { ExternalCertificates1765000200000 } from './1765000200000-external-certificates';
import { Certificates1765100000000 } from './1765100000000-certificates';
import { Notifications1765100000001 } from './1765100000001-notifications';
import { Compliance1765200000000 } from './1765200000000-compliance';
import { RequirementExceptions1765300000417 } from './1765300000417-requirement-exceptions';
import { RequirementReminders1765300000631 } from './1765300000631-requirement-reminders';
import { CertificateBatches1765300000900 } from './1765300000900-certificate-batches';
import { ExternalCertificateEvidence1765300000901 } from './1765300000901-external-certificate-evidence';
import { ComplianceReports1765300000950 } from './1765300000950-compliance-reports';
import { UserAdministration1765300000960 } from './1765300000960-user-administration';
import { CourseSubmitter1765400000283 } from './1765400000283-course-submitter';
import { Cohorts1765400000293 } from './1765400000293-cohorts';
import { LiveSessions1765400000758 } from './1765400000758-live-sessions';
import { PhoneAccounts1765400000852 } from './1765400000852-phone-accounts';
import { EditedEmail1765500000417 } from './1765500000417-edited-email';
import { LiveSessionCancellation1765500000473 } from './1765500000473-live-session-cancellation';
import { EditedPhone1765500000739 } from './1765500000739-edited-phone';
import { RequirementPersonStatus1765500000783 } from './1765500000783-requirement-person-status';

/** Every migration, in order. Listed explicitly so bundling and tests see the same set. */
export const MIGRATIONS = [Foundation1764100000000, QuestionBank1764200000000, Courses1764300000000, Sessions1764420000000, AccountSafety1764460000000, Exams1764500000000, CredentialStatusLists1765000000000, TrustedIssuers1765000100000, ExternalCertificates1765000200000, Certificates1765100000000, Notifications1765100000001, Compliance1765200000000, RequirementExceptions1765300000417, RequirementReminders1765300000631, CertificateBatches1765300000900, ExternalCertificateEvidence1765300000901, ComplianceReports1765300000950, UserAdministration1765300000960, CourseSubmitter1765400000283, Cohorts1765400000293, LiveSessions1765400000758, PhoneAccounts1765400000852, EditedEmail1765500000417, LiveSessionCancellation1765500000473, EditedPhone1765500000739, RequirementPersonStatus1765500000783];
