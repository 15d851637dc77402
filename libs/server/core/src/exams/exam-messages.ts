import { defineMessages } from '../i18n/translation';

/** What exams and attempts tell their users, by reason key. */
export const EXAM_MESSAGES = defineMessages({
  'exam.notFound': { vi: 'Không tìm thấy bài thi "{id}"', en: 'Exam "{id}" was not found' },
  'exam.attemptNotFound': { vi: 'Không tìm thấy lượt làm bài "{id}"', en: 'Attempt "{id}" was not found' },

  // Who may do what
  'exam.editorsOnly': {
    vi: 'Chỉ người dùng được ngân hàng câu hỏi của bài thi này (chủ sở hữu, đồng tác giả) và quản trị viên mới thay đổi được bài thi',
    en: "Only those who may use this exam's question bank (its owner and co-authors) and administrators can change the exam",
  },
  'exam.viewForbidden': {
    vi: 'Bạn không xem được bài thi này: bài thi chỉ dành cho học viên của khóa học có bài thi này',
    en: 'You cannot see this exam: it is for the learners of the courses that include it',
  },
  'exam.takeForbidden': {
    vi: 'Bạn chưa được dự thi: hãy ghi danh vào khóa học có bài thi này trước',
    en: 'You may not take this exam: enroll in the course that includes it first',
  },
  'exam.notOpenYet': { vi: 'Bài thi chưa mở; bài thi mở lúc {opensAt}', en: 'The exam is not open yet; it opens at {opensAt}' },
  'exam.closed': { vi: 'Bài thi đã đóng lúc {closesAt}', en: 'The exam closed at {closesAt}' },
  'exam.monitorForbidden': {
    vi: 'Chỉ người soạn bài thi và người quản lý đơn vị mới theo dõi được bài thi',
    en: "Only the exam's editors and unit managers can follow the exam",
  },
  'exam.overrideForbidden': {
    vi: 'Chỉ người soạn bài thi này mới đặt được ngoại lệ cho bài thi',
    en: "Only this exam's editors can set its overrides",
  },
  'exam.accommodationForbidden': {
    vi: 'Chỉ quản trị viên và người quản lý đơn vị của học viên mới đặt được chế độ hỗ trợ cho học viên',
    en: "Only administrators and the managers of the learner's unit can set a learner's accommodation",
  },
  'exam.lessonExamForbidden': {
    vi: 'Bạn không dùng được bài thi này: bài thi thuộc một ngân hàng câu hỏi chưa được chia sẻ với bạn',
    en: 'You cannot use this exam: it belongs to a question bank that is not shared with you',
  },

  // The exam's settings
  'exam.titleRequired': { vi: 'Bài thi cần có tiêu đề', en: 'The exam needs a title' },
  'exam.titleTooLong': { vi: 'Tiêu đề dài tối đa {max} ký tự', en: 'The title must have at most {max} characters' },
  'exam.instructionsTooLong': { vi: 'Phần hướng dẫn dài tối đa {max} ký tự', en: 'The instructions must have at most {max} characters' },
  'exam.bankCannotChange': {
    vi: 'Không đổi được ngân hàng câu hỏi của bài thi; hãy tạo bài thi mới từ ngân hàng kia',
    en: "An exam's question bank cannot change; create a new exam from the other bank",
  },
  'exam.timeLimitRange': {
    vi: 'Thời gian làm bài phải từ 1 giây đến {max} giây (bỏ trống nếu không giới hạn)',
    en: 'The time limit must be from 1 to {max} seconds (leave it empty for no limit)',
  },
  'exam.maxAttemptsRange': {
    vi: 'Số lượt làm bài phải từ 1 đến {max} (bỏ trống nếu không giới hạn)',
    en: 'The number of attempts must be from 1 to {max} (leave it empty for no limit)',
  },
  'exam.attemptDelayRange': {
    vi: 'Thời gian chờ giữa hai lượt làm bài phải từ 0 đến {max} giây',
    en: 'The delay between attempts must be from 0 to {max} seconds',
  },
  'exam.passPercentRange': { vi: 'Điểm đạt phải từ 0 đến 100 (%)', en: 'The pass mark must be from 0 to 100 (%)' },
  'exam.graceRange': {
    vi: 'Thời gian ân hạn phải từ 0 đến {max} giây',
    en: 'The grace period must be from 0 to {max} seconds',
  },
  'exam.valueUnknown': { vi: 'Giá trị "{value}" không hợp lệ ở đây', en: 'The value "{value}" is not valid here' },
  'exam.windowOrder': { vi: 'Thời điểm đóng phải sau thời điểm mở', en: 'The closing time must come after the opening time' },

  // The rules that draw the questions
  'exam.rulesRequired': {
    vi: 'Bài thi cần ít nhất một quy tắc lấy câu hỏi từ ngân hàng',
    en: 'The exam needs at least one rule that draws questions from the bank',
  },
  'exam.tooManyRules': { vi: 'Bài thi có tối đa {max} quy tắc', en: 'An exam has at most {max} rules' },
  'exam.ruleCountRange': {
    vi: 'Mỗi quy tắc lấy từ 1 đến {max} câu hỏi',
    en: 'Each rule draws from 1 to {max} questions',
  },
  'exam.tooManyQuestions': {
    vi: 'Bài thi có tối đa {max} câu hỏi; các quy tắc đang lấy {asked} câu',
    en: 'An exam has at most {max} questions; the rules draw {asked}',
  },
  'exam.rulePointsRange': {
    vi: 'Điểm mỗi câu phải lớn hơn 0 và không quá {max} (bỏ trống để dùng điểm của từng câu hỏi)',
    en: "Points per question must be more than 0 and at most {max} (leave it empty to use each question's points)",
  },
  'exam.ruleCategoryUnknown': {
    vi: 'Ngân hàng câu hỏi không có danh mục "{category}"',
    en: 'The question bank has no category "{category}"',
  },
  'exam.ruleAsksTooMany': {
    vi: 'Danh mục "{category}" chỉ có {available} câu hỏi dùng được cho bài thi, nhưng quy tắc này cần {asked}',
    en: 'Category "{category}" holds only {available} questions an exam can use, but this rule asks for {asked}',
  },
  'exam.ruleAsksTooManyShared': {
    vi: 'Danh mục "{category}" có {total} câu hỏi dùng được, các quy tắc khác của bài thi đã lấy {taken}, chỉ còn {available} câu cho quy tắc này, nhưng quy tắc cần {asked}',
    en: 'Category "{category}" holds {total} usable questions, of which the other rules of this exam take {taken}: {available} are left for this rule, but it asks for {asked}',
  },

  // Overrides and accommodations
  'exam.overrideTarget': {
    vi: 'Hãy chọn đúng một đối tượng: một học viên hoặc một đơn vị',
    en: 'Choose exactly one target: a learner or an org unit',
  },
  'exam.overrideUserUnknown': { vi: 'Không có người dùng "{id}"', en: 'There is no user "{id}"' },
  'exam.overrideUnitUnknown': { vi: 'Không có đơn vị "{id}"', en: 'There is no org unit "{id}"' },
  'exam.overrideEmpty': {
    vi: 'Ngoại lệ cần thay đổi ít nhất một điều: hệ số thời gian, số lượt thêm, thời điểm mở hoặc đóng',
    en: 'An override must change at least one thing: the time multiplier, extra attempts, the opening or closing time',
  },
  'exam.tooManyOverrides': {
    vi: 'Bài thi đã có {max} ngoại lệ; hãy đặt ngoại lệ cho cả đơn vị thay vì từng học viên',
    en: 'The exam already has {max} overrides; set one for a whole unit instead of each learner',
  },
  'exam.overrideNotFound': { vi: 'Không tìm thấy ngoại lệ "{id}"', en: 'Override "{id}" was not found' },
  'exam.timeMultiplierRange': {
    vi: 'Hệ số thời gian phải từ {min} đến {max} (1,5 là thêm một nửa thời gian)',
    en: 'The time multiplier must be from {min} to {max} (1.5 is half as much time again)',
  },
  'exam.extraAttemptsRange': { vi: 'Số lượt thêm phải từ 0 đến {max}', en: 'Extra attempts must be from 0 to {max}' },
  'exam.accommodationUserUnknown': { vi: 'Không có người dùng "{id}"', en: 'There is no user "{id}"' },
  'exam.accommodationNoteTooLong': { vi: 'Ghi chú dài tối đa {max} ký tự', en: 'The note must have at most {max} characters' },
});

export type ExamMessageKey = keyof typeof EXAM_MESSAGES;
