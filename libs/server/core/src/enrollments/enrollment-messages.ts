import { defineMessages } from '../i18n/translation';

/** What enrolling, withdrawing and completing lessons tell the learner, by reason key. */
export const ENROLLMENT_MESSAGES = defineMessages({
  'enrollment.notFound': { vi: 'Bạn chưa ghi danh vào khóa học "{id}"', en: 'No enrollment in course "{id}" was found' },
  'enrollment.courseArchived': {
    vi: 'Khóa học này đã được lưu trữ và không nhận ghi danh mới',
    en: 'This course is archived and takes no new enrollments',
  },
  'enrollment.courseNotPublished': {
    vi: 'Khóa học này chưa được xuất bản nên chưa ai ghi danh được',
    en: 'This course is not published yet, so nobody can enroll in it',
  },
  'enrollment.prerequisitesMissing': {
    vi: 'Hãy hoàn thành (các) khóa học tiên quyết trước: {courses}',
    en: 'Complete the prerequisite course(s) first: {courses}',
  },
  'enrollment.completedCannotWithdraw': {
    vi: 'Bạn đã hoàn thành khóa học này; không thể rút khỏi một khóa học đã hoàn thành',
    en: 'You have completed this course; a completed course cannot be withdrawn from',
  },
  'enrollment.enrollFirst': { vi: 'Hãy ghi danh vào khóa học trước khi hoàn thành các bài học', en: 'Enroll in the course before completing its lessons' },
  'enrollment.examLessonByPassing': {
    vi: 'Bài học này là một bài thi: bài học hoàn thành khi bạn thi đạt, không đánh dấu hoàn thành thủ công được',
    en: 'This lesson is an exam: it is done when you pass the exam, and cannot be marked done by hand',
  },
  'enrollment.retakeNotCompleted': {
    vi: 'Chỉ học lại được khóa học bạn đã hoàn thành',
    en: 'Only a course you have completed can be taken again',
  },
  'enrollment.retakeNotPublished': {
    vi: 'Khóa học này hiện không được xuất bản nên chưa học lại được',
    en: 'This course is not published at the moment, so it cannot be taken again',
  },
  'enrollment.withdrawn': {
    vi: 'Bạn đã rút khỏi khóa học này; hãy ghi danh lại để học tiếp',
    en: 'You withdrew from this course; enroll again to continue',
  },
});
