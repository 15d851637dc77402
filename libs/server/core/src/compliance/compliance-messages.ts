import { defineMessages } from '../i18n/translation';

/** Training requirements, compliance reports and the units' experts. */
export const COMPLIANCE_MESSAGES = defineMessages({
  'compliance.requirementNotFound': { vi: 'Không tìm thấy yêu cầu đào tạo "{id}"', en: 'Training requirement "{id}" was not found' },
  'compliance.titleEmpty': { vi: 'Tên yêu cầu đào tạo không được để trống', en: 'Title must not be empty' },
  'compliance.titleTooLong': { vi: 'Tên yêu cầu đào tạo có tối đa {max} ký tự', en: 'Title must have at most {max} characters' },
  'compliance.targetMissing': {
    vi: 'Hãy chọn đúng một trong: một khóa học, một lộ trình hoặc một số giờ học',
    en: 'Choose exactly one of a course, a track or a number of study hours',
  },
  'compliance.targetTwice': {
    vi: 'Chỉ chọn một trong: khóa học, lộ trình hoặc số giờ học (đã chọn cả {fields})',
    en: 'Choose only one of a course, a track or a number of study hours (got {fields})',
  },
  'compliance.courseNotFound': { vi: 'Không tìm thấy khóa học "{id}"', en: 'Course "{id}" was not found' },
  'compliance.courseNotPublished': { vi: 'Khóa học phải được xuất bản trước khi giao bắt buộc', en: 'The course must be published before it can be required' },
  'compliance.trackNotFound': { vi: 'Không tìm thấy lộ trình "{code}"', en: 'Track "{code}" was not found' },
  'compliance.trackWithoutMandatoryCourses': {
    vi: 'Lộ trình "{code}" chưa có khóa học bắt buộc nào',
    en: 'Track "{code}" has no mandatory courses',
  },
  'compliance.hoursInvalid': { vi: 'Số giờ học phải lớn hơn 0 và tối đa {max}', en: 'Hours must be more than 0 and at most {max}' },
  'compliance.dueAtInvalid': { vi: 'Hạn hoàn thành không hợp lệ', en: 'The due date is not a valid date' },
  'compliance.dueAtPastForRecurring': {
    vi: 'Yêu cầu định kỳ mới phải có hạn hoàn thành trong tương lai',
    en: 'A new recurring requirement needs a due date in the future',
  },
  'compliance.dueWithinDaysInvalid': { vi: 'Số ngày để hoàn thành phải từ 1 đến {max}', en: 'Days to complete must be from 1 to {max}' },
  'compliance.recurrenceMonthsInvalid': { vi: 'Chu kỳ lặp lại phải từ 1 đến {max} tháng', en: 'Recurrence must be from 1 to {max} months' },
  'compliance.renewalWindowInvalid': {
    vi: 'Cửa sổ học lại phải từ 0 đến {max} ngày và chỉ dùng cho yêu cầu định kỳ',
    en: 'The renewal window must be 0 to {max} days, and only for a recurring requirement',
  },
  'compliance.tooManyAudiences': { vi: 'Có tối đa {max} đối tượng', en: 'At most {max} audiences' },
  'compliance.expertNotMember': {
    vi: 'Chuyên gia chuyển đổi số phải là thành viên của đơn vị này',
    en: 'A digital-transformation expert must be a member of this unit',
  },
  'compliance.userNotFound': { vi: 'Không tìm thấy người dùng "{id}"', en: 'User "{id}" was not found' },
  'compliance.personNotCovered': {
    vi: 'Người này không thuộc phạm vi của yêu cầu đào tạo',
    en: 'This person is not covered by the training requirement',
  },
  'compliance.reasonRequired': { vi: 'Hãy nêu lý do', en: 'A reason is required' },
  'compliance.reasonTooLong': { vi: 'Lý do có tối đa {max} ký tự', en: 'The reason must have at most {max} characters' },
  'compliance.extensionNotLater': {
    vi: 'Hạn gia hạn phải sau hạn hiện tại ({due})',
    en: 'The extended due date must be after the current due date ({due})',
  },
  'compliance.extensionTooFar': { vi: 'Chỉ gia hạn tối đa {years} năm kể từ hôm nay', en: 'An extension may reach at most {years} years from today' },
  'compliance.exemptionNotFound': { vi: 'Người này không được miễn yêu cầu đào tạo này', en: 'This person is not exempt from this requirement' },
  'compliance.extensionNotFound': { vi: 'Người này chưa được gia hạn yêu cầu đào tạo này', en: 'This person has no extension of this requirement' },
  'compliance.pageSizeInvalid': { vi: 'Mỗi trang có từ 1 đến {max} dòng', en: 'A page holds 1 to {max} rows' },
  'compliance.pageOffsetInvalid': { vi: 'Vị trí bắt đầu của trang không hợp lệ', en: 'The page offset is not valid' },
  'reminder.line.ASSIGNED': { vi: '• Bạn được giao "{title}", hạn {due}', en: '• You have been assigned "{title}", due {due}' },
  'reminder.line.DUE_14': { vi: '• Còn khoảng hai tuần: "{title}", hạn {due}', en: '• About two weeks left: "{title}", due {due}' },
  'reminder.line.DUE_3': { vi: '• Chỉ còn vài ngày: "{title}", hạn {due}', en: '• Only a few days left: "{title}", due {due}' },
  'reminder.line.OVERDUE': { vi: '• Quá hạn: "{title}", hạn {due}', en: '• Overdue: "{title}", due {due}' },
  'reminder.line.renewal.RENEWAL': { vi: '• Đã đến lúc học lại "{title}": kết quả của bạn hết hiệu lực ngày {due}', en: '• Time to renew "{title}": your completion expires on {due}' },
  'reminder.line.renewal.DUE_14': { vi: '• Còn khoảng hai tuần để học lại "{title}": hết hiệu lực ngày {due}', en: '• About two weeks left to renew "{title}": it expires on {due}' },
  'reminder.line.renewal.DUE_3': { vi: '• Chỉ còn vài ngày để học lại "{title}": hết hiệu lực ngày {due}', en: '• Only a few days left to renew "{title}": it expires on {due}' },
  'reminder.line.OVERDUE_OF': { vi: '• {person} quá hạn "{title}" (hạn {due})', en: '• {person} is overdue on "{title}" (due {due})' },
  'reminder.more': { vi: '… và {count} nhắc nhở khác', en: '… and {count} more reminders' },
  'compliance.noRootUnit': { vi: 'Chưa có đơn vị nào trong cây tổ chức', en: 'The org tree has no unit yet' },
});
