import { wordsWithTheOtherTonePlacement } from '@hocso/contracts';
import { ACCESS_MESSAGES } from '../access/access-messages';
import { AUTH_MESSAGES } from '../auth/auth-messages';
import { THROTTLE_MESSAGES } from '../auth/throttle-messages';
import { CERTIFICATE_MESSAGES } from '../certificates/certificate-messages';
import { CREDENTIAL_MESSAGES } from '../certificates/credentials/credential-messages';
import { COHORT_MESSAGES } from '../cohorts/cohort-messages';
import { COMPLIANCE_MESSAGES } from '../compliance/compliance-messages';
import { COMPLIANCE_REPORT_MESSAGES } from '../compliance/reports/compliance-report-messages';
import { LIVE_SESSION_MESSAGES } from '../live-sessions/live-session-messages';
import { COURSE_MESSAGES } from '../courses/course-messages';
import { ENROLLMENT_MESSAGES } from '../enrollments/enrollment-messages';
import { ATTEMPT_MESSAGES } from '../exams/attempt-messages';
import { EXAM_MESSAGES } from '../exams/exam-messages';
import { EXAM_REVIEW_MESSAGES } from '../exams/exam-review-messages';
import { GRADING_MESSAGES } from '../exams/grading/grading-messages';
import { STATISTICS_MESSAGES } from '../exams/statistics/statistics-messages';
import { EXTERNAL_CERTIFICATE_MESSAGES } from '../external-certificates/external-certificate-messages';
import { INPUT_MESSAGES } from '../input/input-messages';
import { MAIL_MESSAGES } from '../mail/mail-messages';
import { NOTIFICATION_MESSAGES } from '../notifications/notification-messages';
import { OFFICIAL_IMPORT_MESSAGES } from '../official-imports/official-import-messages';
import { ORG_UNIT_MESSAGES } from '../org-units/org-unit-messages';
import { PAGINATION_MESSAGES } from '../pagination/pagination-messages';
import { QUESTION_IMPORT_MESSAGES } from '../question-bank/formats/question-import-messages';
import { QUESTION_BANK_MESSAGES } from '../question-bank/question-bank-messages';
import { QUESTION_LIMIT_MESSAGES } from '../question-bank/question-limit-messages';
import { SMS_MESSAGES } from '../sms/sms-messages';
import { FILE_MESSAGES } from '../storage/file-messages';
import { ACCOUNT_MESSAGES } from '../users/account-messages';
import { USER_MESSAGES } from '../users/user-messages';
import { COMMON_MESSAGES } from './common-messages';
import { MESSAGES } from './messages';
import { REQUEST_LIMIT_MESSAGES } from './request-limit-messages';
import { REQUEST_MESSAGES } from './request-messages';

const CATALOGUES = {
  COMMON_MESSAGES, ACCESS_MESSAGES, REQUEST_MESSAGES, AUTH_MESSAGES, USER_MESSAGES, ORG_UNIT_MESSAGES, OFFICIAL_IMPORT_MESSAGES,
  QUESTION_BANK_MESSAGES, QUESTION_IMPORT_MESSAGES, FILE_MESSAGES, PAGINATION_MESSAGES, COURSE_MESSAGES, ENROLLMENT_MESSAGES, MAIL_MESSAGES,
  INPUT_MESSAGES, ACCOUNT_MESSAGES, REQUEST_LIMIT_MESSAGES, QUESTION_LIMIT_MESSAGES, THROTTLE_MESSAGES,
  EXAM_MESSAGES, EXAM_REVIEW_MESSAGES, ATTEMPT_MESSAGES, GRADING_MESSAGES, STATISTICS_MESSAGES, CREDENTIAL_MESSAGES, EXTERNAL_CERTIFICATE_MESSAGES,
  CERTIFICATE_MESSAGES, NOTIFICATION_MESSAGES, COMPLIANCE_MESSAGES, COMPLIANCE_REPORT_MESSAGES, COHORT_MESSAGES, LIVE_SESSION_MESSAGES,
  SMS_MESSAGES,
};

/** Letters only Vietnamese writes (tone marks and ă â đ ê ô ơ ư). */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('the message catalogue', () => {
  it('is every domain catalogue, with no key defined by two of them', () => {
    const keys = Object.values(CATALOGUES).flatMap((catalogue) => Object.keys(catalogue));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(keys.sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('writes every Vietnamese sentence in Vietnamese, with its diacritics', () => {
    const words = (text: string) => text.replace(/\{\w+\}/g, '').split(/\s+/).filter((word) => /\p{L}/u.test(word));
    // Text messages are written without accents on purpose: accented text goes as UCS-2, 70 characters a part instead of 160.
    const withoutDiacritics = Object.entries(MESSAGES)
      .filter(([key]) => !(key in SMS_MESSAGES))
      .filter(([, translation]) => words(translation.vi).length >= 3 && !VIETNAMESE_LETTER.test(translation.vi))
      .map(([key, translation]) => `${key}: ${translation.vi}`);
    expect(withoutDiacritics).toEqual([]);
  });

  it('places tone marks on the main vowel everywhere (khóa, xóa)', () => {
    const otherPlacement = Object.entries(MESSAGES).flatMap(([key, translation]) => wordsWithTheOtherTonePlacement(translation.vi).map((word) => `${key}: ${word}`));
    expect(otherPlacement).toEqual([]);
  });
});
