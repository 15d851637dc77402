import { defineMessages } from '../i18n/translation';

/** What the courses domain tells its users, by reason key. */
export const COURSE_MESSAGES = defineMessages({
  // Who may do what
  'course.createForbidden': { vi: 'Chỉ giảng viên và quản trị viên mới tạo được khóa học', en: 'Only trainers and administrators can create courses' },
  'course.uploadForbidden': {
    vi: 'Chỉ giảng viên và quản trị viên mới tải lên được tệp bài học',
    en: 'Only trainers and administrators can upload lesson files',
  },
  'course.listUnpublishedForbidden': {
    vi: 'Chỉ giảng viên và quản trị viên mới xem được các khóa học chưa xuất bản',
    en: 'Only trainers and administrators can list courses that are not published',
  },
  'course.prerequisiteChoicesForbidden': {
    vi: 'Chỉ giảng viên và quản trị viên mới chọn được khóa học tiên quyết',
    en: 'Only trainers and administrators can choose prerequisite courses',
  },
  'course.previewForbidden': {
    vi: 'Chỉ giảng viên và quản trị viên mới xem trước được nội dung bài học',
    en: 'Only trainers and administrators can preview lesson content',
  },
  'course.editorsOnly': {
    vi: 'Chỉ các tác giả của khóa học này và quản trị viên mới thay đổi được khóa học',
    en: 'Only the authors of this course and administrators can change it',
  },
  'course.reviewersOnly': {
    vi: 'Chỉ quản trị viên mới xuất bản được khóa học hoặc trả khóa học về bản nháp',
    en: 'Only an administrator can publish a course or return it to draft',
  },
  'course.versionsForEditors': {
    vi: 'Chỉ các tác giả của khóa học này và quản trị viên mới xem được các phiên bản của khóa học',
    en: 'Only the authors of this course and administrators can see its versions',
  },
  'course.authorsForEditors': {
    vi: 'Chỉ các tác giả của khóa học này và quản trị viên mới xem được danh sách tác giả',
    en: 'Only the authors of this course and administrators can see its authors',
  },
  'course.earlierVersionsForEditors': {
    vi: 'Chỉ các tác giả của khóa học và quản trị viên mới đọc được các phiên bản trước',
    en: "Only the course's authors and administrators can read its earlier versions",
  },

  // What does not exist
  'course.notFound': { vi: 'Không tìm thấy khóa học "{id}"', en: 'Course "{id}" was not found' },
  'course.versionNotFound': { vi: 'Không tìm thấy phiên bản khóa học "{id}"', en: 'Course version "{id}" was not found' },
  'course.moduleNotFound': { vi: 'Không tìm thấy chương "{id}"', en: 'Module "{id}" was not found' },
  'course.lessonNotFound': { vi: 'Không tìm thấy bài học "{id}"', en: 'Lesson "{id}" was not found' },
  'course.fileNotFound': { vi: 'Không tìm thấy tệp "{id}"', en: 'File "{id}" was not found' },
  'course.authorNotFound': { vi: 'Khóa học không có tác giả nào dùng email "{id}"', en: 'No author of this course uses the email "{id}"' },

  // The workflow
  'course.archived': { vi: 'Khóa học này đã được lưu trữ; không thể thay đổi nữa', en: 'This course is archived; it can no longer change' },
  'course.alreadyArchived': { vi: 'Khóa học này đã được lưu trữ', en: 'This course is already archived' },
  'course.inReview': {
    vi: 'Khóa học đang chờ duyệt; hãy chờ người duyệt hoặc đề nghị họ trả khóa học về bản nháp',
    en: 'This course is in review; wait for the reviewer or ask them to return it to draft',
  },
  'course.nothingToSubmit': {
    vi: 'Khóa học này không có thay đổi nào chưa xuất bản để gửi duyệt',
    en: 'This course has no unpublished changes to submit',
  },
  'course.alreadyInReview': { vi: 'Khóa học này đã được gửi duyệt', en: 'This course is already in review' },
  'course.publishNeedsReview': { vi: 'Chỉ xuất bản được khóa học đã gửi duyệt', en: 'Only a course submitted for review can be published' },
  'course.returnNeedsReview': { vi: 'Chỉ trả về bản nháp được khóa học đang chờ duyệt', en: 'Only a course in review can be returned to draft' },
  'course.needsRequiredLesson': {
    vi: 'Hãy thêm ít nhất một bài học bắt buộc trước khi gửi duyệt hoặc xuất bản khóa học',
    en: 'Add at least one required lesson before the course goes to review or is published',
  },

  // Details
  'course.codeTaken': { vi: 'Đã có khóa học mang mã "{code}"', en: 'A course with code "{code}" already exists' },
  'course.codeFormat': {
    vi: 'Mã khóa học gồm 1–64 chữ cái, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số',
    en: 'A course code is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  },
  'course.titleEmpty': { vi: 'Tiêu đề không được để trống', en: 'The title must not be empty' },
  'course.titleTooLong': { vi: 'Tiêu đề dài tối đa {max} ký tự', en: 'The title must have at most {max} characters' },
  'course.summaryEmpty': { vi: 'Phần tóm tắt không được để trống', en: 'The summary must not be empty' },
  'course.summaryTooLong': { vi: 'Phần tóm tắt dài tối đa {max} ký tự', en: 'The summary must have at most {max} characters' },
  'course.hoursRange': { vi: 'Số giờ học phải lớn hơn 0 và không quá {max}', en: 'Study hours must be more than 0 and at most {max}' },
  'course.urlInvalid': {
    vi: 'Đây phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://',
    en: 'This must be a full web address starting with https:// or http://',
  },
  'course.urlTooLong': { vi: 'Địa chỉ dài tối đa {max} ký tự', en: 'The address must have at most {max} characters' },
  'course.unknownTracks': { vi: 'Không có lộ trình nào mang mã: {codes}', en: 'Unknown track code(s): {codes}' },
  'course.ownPrerequisite': { vi: 'Khóa học không thể là điều kiện tiên quyết của chính nó', en: 'A course cannot be its own prerequisite' },
  'course.unknownPrerequisites': { vi: 'Không có khóa học nào mang mã: {codes}', en: 'Unknown course code(s): {codes}' },
  'course.prerequisiteCycle': {
    vi: 'Các điều kiện tiên quyết này sẽ tạo thành một vòng quay lại chính khóa học này',
    en: 'These prerequisites would make a circle back to this course',
  },
  'course.commentEmpty': {
    vi: 'Hãy nói rõ cần sửa gì trước khi khóa học được xuất bản',
    en: 'Say what should change before the course can be published',
  },
  'course.commentTooLong': { vi: 'Nhận xét dài tối đa {max} ký tự', en: 'The comment must have at most {max} characters' },

  // Authors
  'course.lastAuthor': {
    vi: 'Khóa học phải còn ít nhất một tác giả; hãy thêm tác giả khác trước',
    en: 'A course keeps at least one author; add another author first',
  },

  // Content
  'course.examLessonExam': {
    vi: 'Bài học dạng bài thi cần một bài thi (examId); hãy tạo bài thi từ ngân hàng câu hỏi trước',
    en: 'An exam lesson needs an exam (examId); create the exam from a question bank first',
  },
  'course.lessonOtherCourse': {
    vi: 'Bài học chỉ chuyển được sang một chương của chính khóa học đó',
    en: 'A lesson can only move to a module of its own course',
  },
  'course.textLessonBody': { vi: 'Bài học dạng văn bản cần có nội dung Markdown', en: 'A text lesson needs its Markdown body' },
  'course.videoLessonUrl': { vi: 'Bài học dạng video cần có địa chỉ của video', en: 'A video lesson needs the address of its video' },
  'course.fileLessonFile': {
    vi: 'Bài học dạng tệp cần một tệp đã tải lên (POST /uploads/lesson-files)',
    en: 'A file lesson needs an uploaded file (POST /uploads/lesson-files)',
  },
  'course.fileUnknown': { vi: 'Không có tệp đã tải lên nào mang mã này', en: 'No uploaded file has this id' },
  'course.fileNotYours': {
    vi: 'Tệp này do giảng viên khác tải lên hoặc thuộc khóa học khác; hãy tải tệp lên lại cho khóa học này',
    en: 'This file was uploaded by another trainer or belongs to another course; upload it again for this course',
  },
  'course.contentRequired': { vi: 'Bài học này cần có nội dung ở đây', en: 'This lesson needs content here' },
  'course.textTooLong': { vi: 'Văn bản này dài tối đa {max} ký tự', en: 'This text must have at most {max} characters' },

  // Lesson files
  'course.fileEmpty': { vi: 'Tệp rỗng', en: 'The file is empty' },
  'course.coverKind': {
    vi: 'Ảnh bìa phải là ảnh JPEG, PNG hoặc WebP (nội dung tệp được kiểm tra, không chỉ tên tệp)',
    en: 'A cover must be a JPEG, PNG or WebP image (the content is checked, not only the name)',
  },
  'course.coverTooLarge': { vi: 'Ảnh bìa lớn hơn giới hạn {limit}', en: 'The cover image is larger than the {limit} limit' },
  'course.coverUnreadable': {
    vi: 'Không đọc được ảnh này: tệp bị hỏng hoặc lớn hơn {megapixels} megapixel',
    en: 'This image cannot be read: the file is damaged or larger than {megapixels} megapixels',
  },
  'course.coverNotFound': { vi: 'Không tìm thấy ảnh bìa "{id}"', en: 'Cover image "{id}" was not found' },
  'course.fileTooLarge': { vi: 'Tệp lớn hơn giới hạn {limit}', en: 'The file is larger than the {limit} limit' },
  'course.fileKindRefused': {
    vi: 'Không đính kèm được loại tệp này; được phép: {extensions} (nội dung phải khớp với phần mở rộng)',
    en: 'This kind of file cannot be attached; allowed: {extensions} (the content must match the extension)',
  },
  'course.fileNameMissing': { vi: 'Tệp cần có tên', en: 'The file needs a name' },
});

export type CourseMessageKey = keyof typeof COURSE_MESSAGES;
