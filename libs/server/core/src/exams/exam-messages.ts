import { defineMessages } from '../i18n/translation';

/** What exams and attempts tell their users, by reason key. */
export const EXAM_MESSAGES = defineMessages({
  'exam.notFound': { vi: 'Không tìm thấy bài thi "{id}"', en: 'Exam "{id}" was not found' },
  'exam.attemptNotFound': { vi: 'Không tìm thấy lượt làm bài "{id}"', en: 'Attempt "{id}" was not found' },
});
