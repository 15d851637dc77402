import { defineMessages } from '../i18n/translation';

/** Cohorts: creating them, adding their members and following their progress. */
export const COHORT_MESSAGES = defineMessages({
  'cohorts.notFound': { vi: 'Không tìm thấy nhóm học "{id}"', en: 'Cohort "{id}" was not found' },
  'cohorts.nameEmpty': { vi: 'Tên nhóm học không được để trống', en: 'The name must not be empty' },
  'cohorts.nameTooLong': { vi: 'Tên nhóm học có tối đa {max} ký tự', en: 'The name must have at most {max} characters' },
  'cohorts.targetMissing': { vi: 'Hãy chọn đúng một khóa học hoặc một lộ trình', en: 'Choose exactly one course or one track' },
  'cohorts.targetTwice': { vi: 'Chỉ chọn một khóa học hoặc một lộ trình, không chọn cả hai', en: 'Choose a course or a track, not both' },
  'cohorts.courseNotFound': { vi: 'Không tìm thấy khóa học "{id}"', en: 'Course "{id}" was not found' },
  'cohorts.courseNotPublished': { vi: 'Khóa học phải được xuất bản trước khi mở nhóm học', en: 'The course must be published before a cohort can follow it' },
  'cohorts.trackNotFound': { vi: 'Không tìm thấy lộ trình "{code}"', en: 'Track "{code}" was not found' },
  'cohorts.trackWithoutMandatoryCourses': { vi: 'Lộ trình "{code}" chưa có khóa học bắt buộc nào', en: 'Track "{code}" has no mandatory courses' },
  'cohorts.startsOnInvalid': { vi: 'Ngày bắt đầu phải có dạng NNNN-TT-NN', en: 'The start date must be a day written YYYY-MM-DD' },
  'cohorts.createForbidden': {
    vi: 'Chỉ giảng viên, quản trị viên hoặc chuyên gia chuyển đổi số của đơn vị mới mở được nhóm học',
    en: 'Only trainers, administrators and the unit’s digital-transformation experts can create a cohort',
  },
  'cohorts.outsideExpertUnit': {
    vi: 'Chuyên gia chỉ mở nhóm học cho người của đơn vị mình',
    en: 'An expert creates cohorts only for the people of their own unit',
  },
  'cohorts.manageForbidden': { vi: 'Chỉ người mở nhóm học hoặc quản trị viên mới thêm được thành viên', en: 'Only the cohort’s owner or an administrator can add members' },
  'cohorts.memberSelectionMissing': {
    vi: 'Hãy chọn người cần thêm: danh sách người hoặc một đơn vị (kèm đối tượng)',
    en: 'Choose whom to add: a list of people, or an org unit (with audiences)',
  },
  'cohorts.tooManyUserIds': { vi: 'Mỗi lần thêm tối đa {max} người', en: 'At most {max} people at a time' },
  'cohorts.userNotFound': { vi: 'Không tìm thấy người dùng "{id}"', en: 'User "{id}" was not found' },
  'cohorts.userOutsideUnit': {
    vi: 'Người này không thuộc đơn vị của nhóm học ("{id}")',
    en: 'This person is not in the cohort’s org unit ("{id}")',
  },
  'cohorts.unitOutsideCohort': { vi: 'Đơn vị này nằm ngoài đơn vị của nhóm học', en: 'This org unit is outside the cohort’s org unit' },
  'cohorts.tooManyMembers': {
    vi: 'Một nhóm học có tối đa {max} thành viên (thêm lần này sẽ thành {count})',
    en: 'A cohort has at most {max} members (this would make {count})',
  },
  'cohorts.searchLength': { vi: 'Hãy nhập từ {min} đến {max} ký tự để tìm', en: 'Type {min} to {max} characters to search' },
});
