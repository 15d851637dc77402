import { defineMessages } from '../../i18n/translation';

/** The compliance reports: levels, experts' access, reminders, trends and their exports. */
export const COMPLIANCE_REPORT_MESSAGES = defineMessages({
  'complianceReports.readersOnly': {
    vi: 'Chỉ quản trị viên, quản lý đơn vị và chuyên gia chuyển đổi số của đơn vị được xem báo cáo này',
    en: "Only administrators, unit managers and the unit's digital-transformation experts may see this report",
  },
  'complianceReports.outsideUnit': { vi: 'Đơn vị này nằm ngoài phạm vi bạn được xem', en: 'This unit is outside what you may see' },
  'complianceReports.levelCodeInvalid': {
    vi: 'Mã cấp gồm chữ in hoa, chữ số và dấu gạch dưới, tối đa 32 ký tự',
    en: 'A level code is capital letters, digits and underscores, at most 32 characters',
  },
  'complianceReports.levelNameInvalid': { vi: 'Tên cấp không được để trống và có tối đa {max} ký tự', en: 'A level name must not be empty and has at most {max} characters' },
  'complianceReports.unitKindsInvalid': { vi: 'Hãy chọn từ 1 đến {max} loại đơn vị', en: 'Choose from 1 to {max} unit kinds' },
  'complianceReports.positionPatternInvalid': {
    vi: 'Mẫu chức vụ không phải biểu thức chính quy hợp lệ (tối đa {max} ký tự)',
    en: 'The position pattern is not a valid regular expression (at most {max} characters)',
  },
  'complianceReports.sortOrderInvalid': { vi: 'Thứ tự phải từ 0 đến {max}', en: 'The order must be from 0 to {max}' },
  'complianceReports.levelNotFound': { vi: 'Không tìm thấy cấp "{id}"', en: 'Level "{id}" was not found' },
  'complianceReports.alreadyReminded': {
    vi: 'Đơn vị này đã được nhắc về yêu cầu này hôm nay; hãy nhắc lại vào ngày mai',
    en: 'This unit was already reminded of this requirement today; remind it again tomorrow',
  },
  'complianceReports.trendDaysInvalid': { vi: 'Số ngày phải từ 1 đến {max}', en: 'The number of days must be from 1 to {max}' },
  'complianceReports.fileNotFound': { vi: 'Không có báo cáo "{id}"', en: 'There is no report "{id}"' },
  'complianceReports.queryInvalid': { vi: 'Tham số không hợp lệ (tối đa {max} ký tự)', en: 'The parameter is not valid (at most {max} characters)' },
  'complianceReports.column.unit': { vi: 'Đơn vị', en: 'Unit' },
  'complianceReports.column.unitCode': { vi: 'Mã đơn vị', en: 'Unit code' },
  'complianceReports.column.unitKind': { vi: 'Loại đơn vị', en: 'Unit kind' },
  'complianceReports.column.level': { vi: 'Cấp', en: 'Level' },
  'complianceReports.column.required': { vi: 'Phải hoàn thành', en: 'Required' },
  'complianceReports.column.completed': { vi: 'Đã hoàn thành', en: 'Completed' },
  'complianceReports.column.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'complianceReports.column.rate': { vi: 'Tỷ lệ (%)', en: 'Rate (%)' },
  'complianceReports.column.experts': { vi: 'Chuyên gia chuyển đổi số', en: 'Digital-transformation experts' },
  'complianceReports.total': { vi: 'Tổng cộng', en: 'Total' },
  'complianceReports.sheet.units': { vi: 'Tuân thủ theo đơn vị', en: 'Compliance by unit' },
  'complianceReports.sheet.levels': { vi: 'Tuân thủ theo cấp', en: 'Compliance by level' },
  'complianceReports.sheet.experts': { vi: 'Chuyên gia theo đơn vị', en: 'Experts by unit' },
});
